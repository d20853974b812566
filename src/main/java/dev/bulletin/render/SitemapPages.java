package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.FreePage;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Site;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import dev.bulletin.render.SitemapWriter.Entry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code sitemap.xml}, listing every HTML page the renderers make (except the 404 page) with the
 * date its content last changed, and {@code robots.txt} pointing to it.
 */
final class SitemapPages {
  private SitemapPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> new Page("sitemap.xml", SitemapWriter.write(entries(context))),
        () -> new Page("robots.txt", robots(context).getBytes(StandardCharsets.UTF_8)));
  }

  static String robots(PageContext context) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + context.url("sitemap.xml") + "\n";
  }

  static List<Entry> entries(PageContext context) {
    Site site = context.site();
    Optional<LocalDate> latest = latest(context, site.cases());
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(context.url(""), latest));
    entries.add(new Entry(context.url(SearchPages.PATH), latest));
    entries.add(new Entry(context.url("issues/"), latest));
    for (IssueGroup group : site.issues()) {
      entries.add(new Entry(context.url(group.issue().path()),
          Optional.of(group.issue().date())));
    }
    for (IssueGroup group : site.issues()) {
      for (Case c : group.cases()) {
        entries.add(new Entry(context.url(c.path()), Optional.of(context.modified(c))));
      }
    }
    for (TermKind kind : TermKind.values()) {
      entries.add(new Entry(context.url(kind.section() + "/"), latest));
      for (TermGroup group : site.terms(kind)) {
        List<Case> cases = group.cases();
        int total = Pagination.pageCount(cases.size());
        for (int number = 1; number <= total; number++) {
          Pagination page = new Pagination(group.term().path(), number, total);
          List<Case> onPage = cases.subList(Math.min(page.from(), cases.size()),
              Math.min(page.from() + Pagination.PAGE_SIZE, cases.size()));
          entries.add(new Entry(context.url(page.path()), latest(context, onPage)));
        }
      }
    }
    CorrectionPages.latest(site).ifPresent(date ->
        entries.add(new Entry(context.url(CorrectionPages.PATH), Optional.of(date))));
    // Free pages carry no date in their content, so they have no lastmod.
    for (FreePage page : site.pages()) {
      entries.add(new Entry(context.url(page.path()), Optional.empty()));
    }
    return entries;
  }

  private static Optional<LocalDate> latest(PageContext context, List<Case> cases) {
    return cases.stream().map(context::published).max(LocalDate::compareTo);
  }
}
