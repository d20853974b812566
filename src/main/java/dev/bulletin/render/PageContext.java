package dev.bulletin.render;

import dev.bulletin.model.Site;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What every template gets: the site, its base path for links, UI strings, date formats and the
 * page's own path and title; page renderers add their own values on top.
 */
public final class PageContext {
  private final Site site;
  private final TemplateEngine engine;
  private final Map<String, String> messages;
  private final Formats formats;

  public PageContext(Site site, TemplateEngine engine, Map<String, String> messages) {
    this.site = site;
    this.engine = engine;
    this.messages = messages;
    this.formats = new Formats(site.config().language());
  }

  public Site site() {
    return site;
  }

  public String message(String key) {
    return messages.getOrDefault(key, key);
  }

  /**
   * Renders {@code template} to the page at {@code path} (a folder such as {@code cases/x/}, or
   * a file name such as {@code 404.html}).
   */
  public Page render(String template, String path, String title, String description,
      Map<String, Object> values) {
    Map<String, Object> model = new HashMap<>(values);
    model.put("site", site.config());
    model.put("data", site);
    model.put("base", site.config().basePath());
    model.put("t", messages);
    model.put("fmt", formats);
    model.put("path", path);
    model.put("title", title);
    model.put("description", description);
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    return new Page(file, engine.render(template, model).getBytes(StandardCharsets.UTF_8));
  }
}
