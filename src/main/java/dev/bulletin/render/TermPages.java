package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Keyword, country and language pages, 50 cases a page, and each kind's index of terms. */
final class TermPages {
  private TermPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (TermKind kind : TermKind.values()) {
      List<TermGroup> groups = context.site().terms(kind);
      String section = kind.section();
      jobs.add(() -> context.render("terms.ftlh", section + "/",
          context.message(section + ".title"), context.message(section + ".description"),
          Map.of("kind", section, "groups", groups)));
      for (TermGroup group : groups) {
        int total = Pagination.pageCount(group.cases().size());
        for (int number = 1; number <= total; number++) {
          Pagination pagination = new Pagination(group.term().path(), number, total);
          jobs.add(() -> render(context, section, group, pagination));
        }
      }
    }
    return jobs;
  }

  private static Page render(PageContext context, String section, TermGroup group,
      Pagination pagination) {
    List<Case> all = group.cases();
    List<Case> cases = all.subList(Math.min(pagination.from(), all.size()),
        Math.min(pagination.from() + Pagination.PAGE_SIZE, all.size()));
    String title = group.term().name()
        + (pagination.current() > 1 ? " (" + context.message("pagination.page") + " "
            + pagination.current() + ")" : "");
    String description = group.term().description().isEmpty()
        ? context.message(section + ".termDescription").replace("{0}", group.term().name())
        : group.term().description();
    Map<String, Object> values = new HashMap<>();
    values.put("kind", section);
    values.put("term", group.term());
    values.put("cases", cases);
    values.put("count", all.size());
    values.put("pagination", pagination);
    if (FeedPages.hasFeed(group.term().kind())) {
      values.put("feed", group.term().path() + "feed.xml");
    }
    return context.render("term.ftlh", pagination.path(), title, description, values);
  }
}
