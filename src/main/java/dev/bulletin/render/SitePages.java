package dev.bulletin.render;

import dev.bulletin.model.FreePage;
import dev.bulletin.model.Site;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The home page, free pages and the 404 page. */
final class SitePages {
  static final int TOP_KEYWORDS = 15;
  /** How many issues the home page lists before pointing to the archive. */
  static final int HOME_ISSUES = 20;

  private SitePages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    Site site = context.site();
    List<Supplier<Page>> jobs = new ArrayList<>();
    jobs.add(() -> home(context));
    for (FreePage page : site.pages()) {
      jobs.add(() -> context.render("page.ftlh", page.path(), page.title(), "",
          Map.of("page", page)));
    }
    jobs.add(() -> context.render("404.ftlh", "404.html", context.message("notFound.title"),
        "", Map.of()));
    return jobs;
  }

  private static Page home(PageContext context) {
    Site site = context.site();
    Map<String, Object> values = new HashMap<>();
    site.latestIssue().ifPresent(latest -> values.put("latest", latest));
    // The newest issues only: at 400 issues the whole list made the home page 33,000 px tall;
    // the archive page lists them all.
    values.put("issues", site.issues().subList(0, Math.min(HOME_ISSUES, site.issues().size())));
    List<TermGroup> top = site.terms(TermKind.KEYWORD).stream()
        .filter(g -> !g.cases().isEmpty())
        .sorted(Comparator.comparingInt((TermGroup g) -> g.cases().size()).reversed()
            .thenComparing(g -> g.term().slug()))
        .limit(TOP_KEYWORDS)
        .toList();
    values.put("topKeywords", top);
    values.put("jsonLd", new StructuredData(context).home());
    return context.render("index.ftlh", "", site.config().title(),
        site.config().description(), values);
  }
}
