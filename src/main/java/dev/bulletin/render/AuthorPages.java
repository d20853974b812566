package dev.bulletin.render;

import dev.bulletin.model.Author;
import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A page for every desk or analyst of authors.yml, with the cases they debunked, 50 a page, and
 * a feed; and {@code authors/}, which lists them all. A reader who trusts a desk can follow it.
 */
final class AuthorPages {
  static final String PATH = "authors/";

  private AuthorPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    Map<Author, List<Case>> byAuthor = context.casesByAuthor();
    List<Supplier<Page>> jobs = new ArrayList<>();
    // Always made, even empty, so that every page can link it.
    jobs.add(() -> context.render("authors.ftlh", PATH, context.message("authors.title"),
        context.message("authors.description"), Map.of("authors", counted(byAuthor))));
    FeedWriter feeds = new FeedWriter(context);
    byAuthor.forEach((author, cases) -> {
      String title = context.site().config().title() + " · " + author.name();
      jobs.add(() -> feeds.write(author.path(), title, cases));
      String description = author.bio().isEmpty()
          ? context.message("authors.authorDescription").replace("{0}", author.name())
          : author.bio();
      jobs.addAll(CaseListPages.jobs(context, "author.ftlh", author.path(), author.name(),
          description, cases, Map.of("author", author, "feed", author.path() + "feed.xml")));
    });
    return jobs;
  }

  /** Every author in name order with their cases, newest first (the site's order). */
  static Map<Author, List<Case>> casesByAuthor(Site site) {
    Map<String, List<Case>> byId = new HashMap<>();
    for (Case c : site.cases()) {
      byId.computeIfAbsent(c.authorId(), id -> new ArrayList<>()).add(c);
    }
    Map<Author, List<Case>> byAuthor = new LinkedHashMap<>();
    site.authors().values().stream()
        .sorted(Comparator.comparing(Author::name).thenComparing(Author::id))
        .forEach(author -> byAuthor.put(author, byId.getOrDefault(author.id(), List.of())));
    return byAuthor;
  }

  /** Each author with the number of cases, for the list of authors. */
  private static List<Map<String, Object>> counted(Map<Author, List<Case>> byAuthor) {
    List<Map<String, Object>> counted = new ArrayList<>();
    byAuthor.forEach((author, cases) -> counted.add(Map.of("author", author,
        "count", cases.size())));
    return counted;
  }
}
