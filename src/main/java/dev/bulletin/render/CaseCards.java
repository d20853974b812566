package dev.bulletin.render;

import dev.bulletin.model.Case;
import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code <@card c=c level="h2"/>} directive: a case's card as {@code card.ftlh} renders it,
 * made once per case and heading level for the whole build. A case is listed on about ten pages
 * (its issue, keywords, countries, languages, the home page), so list pages become mostly
 * copying. A card sees only the case, the level and the site-wide values ({@code site},
 * {@code base}, {@code t}, {@code fmt}), which is what makes it the same on every page.
 */
final class CaseCards implements TemplateDirectiveModel {
  static final String TEMPLATE = "card.ftlh";

  private final TemplateEngine engine;
  private final FragmentMemo fragments;
  private final Map<String, Object> siteWide;

  CaseCards(TemplateEngine engine, FragmentMemo fragments, Map<String, Object> siteWide) {
    this.engine = engine;
    this.fragments = fragments;
    this.siteWide = Map.copyOf(siteWide);
  }

  @Override
  public void execute(Environment env, Map params, TemplateModel[] loopVars,
      TemplateDirectiveBody body) throws TemplateModelException, IOException {
    if (body != null || loopVars.length > 0) {
      throw new TemplateModelException("@card takes no body and no loop variables");
    }
    Case c = caseOf(params.get("c"));
    String level = levelOf(params.get("level"));
    byte[] card = card(c, level);
    if (env.getOut() instanceof PageWriter page) {
      page.writeUtf8(card);
    } else {
      env.getOut().write(new String(card, StandardCharsets.UTF_8));
    }
  }

  private byte[] card(Case c, String level) {
    return fragments.shared(new CaseKey("card", c, level), () -> {
      Map<String, Object> model = new HashMap<>(siteWide);
      model.put("c", c);
      model.put("level", level);
      return engine.render(TEMPLATE, model, 4 * 1024);
    });
  }

  private static Case caseOf(Object param) throws TemplateModelException {
    Object value = param instanceof AdapterTemplateModel adapter
        ? adapter.getAdaptedObject(Case.class)
        : param instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : null;
    if (value instanceof Case c) {
      return c;
    }
    throw new TemplateModelException("@card needs a case: c=c");
  }

  private static String levelOf(Object param) throws TemplateModelException {
    if (param == null) {
      return "h3";
    }
    String level = param instanceof TemplateScalarModel scalar ? scalar.getAsString() : "";
    if (level.length() != 2 || level.charAt(0) != 'h' || level.charAt(1) < '1'
        || level.charAt(1) > '6') {
      throw new TemplateModelException("@card level must be h1 to h6, not \"" + level + "\"");
    }
    return level;
  }
}
