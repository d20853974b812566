package dev.bulletin.render;

import dev.bulletin.model.Author;
import dev.bulletin.model.Case;
import dev.bulletin.model.FreePage;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Outlet;
import dev.bulletin.model.Site;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import dev.bulletin.render.SitemapWriter.Entry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code sitemap.xml}, listing every HTML page the renderers make (except the 404 page) with the
 * date its content last changed, and {@code robots.txt} pointing to it.
 */
final class SitemapPages {
  private SitemapPages() {}

  /** The most URLs one sitemap file may list (sitemaps.org); more are split under an index. */
  static final int URLS_PER_FILE = 50_000;

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> new Page("robots.txt", robots(context).getBytes(StandardCharsets.UTF_8)));
  }

  /** The sitemap files, made by one job: {@link #sitemaps(PageContext, int)} at the limit. */
  static Supplier<List<Page>> sitemaps(PageContext context) {
    return sitemaps(context, URLS_PER_FILE);
  }

  /**
   * {@code sitemap.xml} with every URL when they fit in one file of {@code perFile}; otherwise
   * {@code sitemap.xml} is an index of {@code sitemap-1.xml}, {@code sitemap-2.xml}, … each
   * listing up to {@code perFile} URLs in the same order.
   */
  static Supplier<List<Page>> sitemaps(PageContext context, int perFile) {
    return () -> {
      List<Entry> all = entries(context);
      if (all.size() <= perFile) {
        return List.of(new Page("sitemap.xml", SitemapWriter.write(all)));
      }
      List<Page> pages = new ArrayList<>();
      List<Entry> parts = new ArrayList<>();
      for (int from = 0; from < all.size(); from += perFile) {
        String name = "sitemap-" + (from / perFile + 1) + ".xml";
        parts.add(new Entry(context.url(name), Optional.empty()));
        pages.add(new Page(name, SitemapWriter.write(all.subList(from,
            Math.min(from + perFile, all.size())))));
      }
      pages.add(new Page("sitemap.xml", SitemapWriter.writeIndex(parts)));
      return pages;
    };
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
        addPages(context, entries, group.term().path(), group.cases());
      }
    }
    Map<Author, List<Case>> byAuthor = context.casesByAuthor();
    entries.add(new Entry(context.url(AuthorPages.PATH), latest));
    byAuthor.forEach((author, cases) -> addPages(context, entries, author.path(), cases));
    List<Outlet<Case>> outlets = context.outlets();
    entries.add(new Entry(context.url(OutletPages.PATH), latest));
    int outletPageMin = site.config().outletPageMin();
    outlets.stream().filter(outlet -> outlet.hasPage(outletPageMin))
        .forEach(outlet -> addPages(context, entries, outlet.path(), outlet.items()));
    if (site.config().hasScale()) {
      entries.add(new Entry(context.url(RatingPages.PATH), latest));
      context.ratings().forEach(group -> addPages(context, entries, group.rating().path(),
          group.cases()));
    }
    CorrectionPages.latest(site).ifPresent(date ->
        entries.add(new Entry(context.url(CorrectionPages.PATH), Optional.of(date))));
    // Free pages carry no date in their content, so they have no lastmod.
    for (FreePage page : site.pages()) {
      entries.add(new Entry(context.url(page.path()), Optional.empty()));
    }
    return entries;
  }

  /** The pages of a list of {@code cases} at {@code path}, each dated by its newest case. */
  private static void addPages(PageContext context, List<Entry> entries, String path,
      List<Case> cases) {
    int total = Pagination.pageCount(cases.size());
    for (int number = 1; number <= total; number++) {
      Pagination page = new Pagination(path, number, total);
      List<Case> onPage = cases.subList(Math.min(page.from(), cases.size()),
          Math.min(page.from() + Pagination.PAGE_SIZE, cases.size()));
      entries.add(new Entry(context.url(page.path()), latest(context, onPage)));
    }
  }

  private static Optional<LocalDate> latest(PageContext context, List<Case> cases) {
    return cases.stream().map(context::published).max(LocalDate::compareTo);
  }
}
