package dev.bulletin.render;

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
        jobs.addAll(pages(context, section, group));
      }
    }
    return jobs;
  }

  private static List<Supplier<Page>> pages(PageContext context, String section,
      TermGroup group) {
    String description = group.term().description().isEmpty()
        ? context.message(section + ".termDescription").replace("{0}", group.term().name())
        : group.term().description();
    Map<String, Object> values = new HashMap<>();
    values.put("kind", section);
    values.put("term", group.term());
    if (FeedPages.hasFeed(group.term().kind())) {
      values.put("feed", group.term().path() + "feed.xml");
    }
    return CaseListPages.jobs(context, "term.ftlh", group.term().path(), group.term().name(),
        description, group.cases(), values);
  }
}
