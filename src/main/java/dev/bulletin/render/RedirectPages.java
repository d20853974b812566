package dev.bulletin.render;

import dev.bulletin.model.Redirect;
import dev.bulletin.output.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The small pages at old addresses (aliases) that lead on to the page's address today. They are
 * made only here: no list, feed, sitemap or search index knows them.
 */
final class RedirectPages {
  private RedirectPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return context.site().redirects().stream()
        .<Supplier<Page>>map(redirect -> () -> page(context, redirect))
        .toList();
  }

  private static Page page(PageContext context, Redirect redirect) {
    return context.render("redirect.ftlh", redirect.from(), context.message("redirect.title"),
        "", Map.of("target", context.url(redirect.to())));
  }
}
