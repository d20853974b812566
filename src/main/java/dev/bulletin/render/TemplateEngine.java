package dev.bulletin.render;

import freemarker.core.ParseException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.bulletin.theme.BuiltInTheme;
import dev.bulletin.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker, configured once for a {@link Theme}: the project's templates folder first, then
 * the built-in templates on the class path. Templates are {@code .ftlh}, so output is
 * HTML-escaped unless a template says otherwise; {@code ?new} and {@code ?api} are disabled, and
 * content only ever reaches templates as data, never as template text.
 */
public final class TemplateEngine {
  private final Configuration configuration;

  public TemplateEngine(Path templates) {
    this(Theme.of(templates));
  }

  public TemplateEngine(Theme theme) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    theme.folder().ifPresent(folder -> {
      try {
        loaders.add(new FileTemplateLoader(folder.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the templates folder " + folder, e);
      }
    });
    loaders.add(new ClassTemplateLoader(BuiltInTheme.class, "/" + BuiltInTheme.ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    this.configuration = cfg;
  }

  /** Wraps {@code object} as templates see it, e.g. to decorate it before rendering. */
  public TemplateHashModel wrapHash(Object object) {
    try {
      return (TemplateHashModel) configuration.getObjectWrapper().wrap(object);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("cannot wrap " + object.getClass(), e);
    }
  }

  /** Renders {@code name} (e.g. {@code case.ftlh}) with {@code model} to UTF-8 bytes. */
  public byte[] render(String name, Map<String, Object> model) {
    return render(name, model, 32 * 1024);
  }

  /** Renders a fragment or page of about {@code expectedBytes} (a hint, to size the buffer). */
  byte[] render(String name, Map<String, Object> model, int expectedBytes) {
    try {
      Template template = configuration.getTemplate(name);
      PageWriter out = new PageWriter(expectedBytes);
      template.process(model, out);
      return out.bytes();
    } catch (TemplateNotFoundException e) {
      throw new TemplateFailure(name, 0, 0, "the template `" + name + "` is missing from the"
          + " templates folder and the built-in theme", e);
    } catch (ParseException e) {
      String source = e.getTemplateName() != null ? e.getTemplateName() : name;
      throw new TemplateFailure(source, e.getLineNumber(), e.getColumnNumber(),
          "template syntax error: " + e.getEditorMessage(), e);
    } catch (TemplateException e) {
      String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
      int column = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
      throw new TemplateFailure(source, line, column, "template error: "
          + problem(e.getMessageWithoutStackTop()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  /**
   * Freemarker's message cut to what an editor can act on. Its first line often only leads in
   * ("The following has evaluated to null or missing:"); the expression it names is on the
   * line marked {@code ==>}.
   */
  static String problem(String message) {
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    String first = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    int marked = trimmed.indexOf("==> ");
    if (marked < 0 || !first.endsWith(":")) {
      return first;
    }
    String expression = trimmed.substring(marked + 4).split("\\s{2}|\\[in template|\n", 2)[0]
        .strip();
    if (first.contains("null or missing")) {
      return "`" + expression + "` is missing or null on this page; check the name, or give"
          + " it a default with `!` or test it with `??`";
    }
    return first + " `" + expression + "`";
  }
}
