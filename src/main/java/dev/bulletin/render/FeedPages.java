package dev.bulletin.render;

import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The site-wide Atom feed and one feed per issue, keyword and country. */
final class FeedPages {
  /** The kinds of term that get a feed of their own. */
  static final List<TermKind> KINDS = List.of(TermKind.KEYWORD, TermKind.COUNTRY);

  private FeedPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    FeedWriter writer = new FeedWriter(context);
    String siteTitle = context.site().config().title();
    List<Supplier<Page>> jobs = new ArrayList<>();
    jobs.add(() -> writer.write("", siteTitle, context.site().cases()));
    for (IssueGroup group : context.site().issues()) {
      String title = siteTitle + " · " + context.message("issue.label") + " "
          + group.issue().number();
      jobs.add(() -> writer.write(group.issue().path(), title, group.cases()));
    }
    for (TermKind kind : KINDS) {
      for (TermGroup group : context.site().terms(kind)) {
        String title = siteTitle + " · " + group.term().name();
        jobs.add(() -> writer.write(group.term().path(), title, group.cases()));
      }
    }
    return jobs;
  }

  /** Whether pages of this kind of term have a feed to point to. */
  static boolean hasFeed(TermKind kind) {
    return KINDS.contains(kind);
  }
}
