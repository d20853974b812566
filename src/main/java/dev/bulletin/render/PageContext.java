package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Site;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What every template gets: the site, its base path for links, UI strings, date formats and the
 * page's own path, title, description and absolute URL; page renderers add their own values on
 * top (e.g. {@code feed}, {@code jsonLd}, {@code ogType}).
 */
public final class PageContext {
  private final Site site;
  private final TemplateEngine engine;
  private final Map<String, String> messages;
  private final Formats formats;
  private final Map<Integer, LocalDate> issueDates = new HashMap<>();

  public PageContext(Site site, TemplateEngine engine, Map<String, String> messages) {
    this.site = site;
    this.engine = engine;
    this.messages = messages;
    this.formats = new Formats(site.config().language());
    for (IssueGroup group : site.issues()) {
      issueDates.put(group.issue().number(), group.issue().date());
    }
  }

  public Site site() {
    return site;
  }

  public String message(String key) {
    return messages.getOrDefault(key, key);
  }

  /** The absolute URL of a site-relative path, e.g. {@code https://example.org/b/cases/x/}. */
  public String url(String path) {
    return site.config().baseUrl() + path;
  }

  /**
   * When a case was published: the date of the issue that reports it (the case's own date when
   * the issue is unknown, which validation normally rules out).
   */
  public LocalDate published(Case c) {
    return issueDates.getOrDefault(c.issue(), c.date());
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
    model.put("canonical", url(path));
    model.put("title", title);
    // Every page gets a description for search results and link previews.
    model.put("description", description == null || description.isBlank()
        ? site.config().description() : description);
    model.putIfAbsent("ogType", "website");
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    return new Page(file, engine.render(template, model));
  }
}
