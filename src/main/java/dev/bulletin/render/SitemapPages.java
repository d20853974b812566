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
    return jobs(context, URLS_PER_FILE);
  }

  /**
   * {@code sitemap.xml} with every URL when they fit in one file of {@code perFile}; otherwise
   * {@code sitemap.xml} is an index of {@code sitemap-1.xml}, {@code sitemap-2.xml}, … each
   * listing up to {@code perFile} URLs in the same order.
   */
  static List<Supplier<Page>> jobs(PageContext context, int perFile) {
    List<Supplier<Page>> jobs = new ArrayList<>();
    jobs.add(() -> new Page("robots.txt", robots(context).getBytes(StandardCharsets.UTF_8)));
    int files = (count(context) + perFile - 1) / perFile;
    if (files <= 1) {
      jobs.add(() -> new Page("sitemap.xml", SitemapWriter.write(entries(context))));
      return jobs;
    }
    Supplier<List<Entry>> entries = once(() -> entries(context));
    List<Entry> parts = new ArrayList<>();
    for (int file = 1; file <= files; file++) {
      int from = (file - 1) * perFile;
      String name = "sitemap-" + file + ".xml";
      parts.add(new Entry(context.url(name), Optional.empty()));
      jobs.add(() -> {
        List<Entry> all = entries.get();
        return new Page(name, SitemapWriter.write(all.subList(from,
            Math.min(from + perFile, all.size()))));
      });
    }
    jobs.add(() -> new Page("sitemap.xml", SitemapWriter.writeIndex(parts)));
    return jobs;
  }

  /** How many URLs {@link #entries} lists, counted without making them. */
  static int count(PageContext context) {
    Site site = context.site();
    int count = 3 + site.issues().size() + site.cases().size() + site.pages().size()
        + (CorrectionPages.latest(site).isPresent() ? 1 : 0);
    for (TermKind kind : TermKind.values()) {
      count++;
      for (TermGroup group : site.terms(kind)) {
        count += Pagination.pageCount(group.cases().size());
      }
    }
    // The lists of authors and of outlets, then their pages.
    count += 2;
    for (List<Case> cases : context.casesByAuthor().values()) {
      count += Pagination.pageCount(cases.size());
    }
    for (Outlet<Case> outlet : context.outlets()) {
      count += outlet.hasPage() ? Pagination.pageCount(outlet.items().size()) : 0;
    }
    return count;
  }

  private static <T> Supplier<T> once(Supplier<T> make) {
    Object[] made = new Object[1];
    return () -> {
      synchronized (made) {
        if (made[0] == null) {
          made[0] = make.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) made[0];
        return value;
      }
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
    outlets.stream().filter(Outlet::hasPage)
        .forEach(outlet -> addPages(context, entries, outlet.path(), outlet.items()));
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
