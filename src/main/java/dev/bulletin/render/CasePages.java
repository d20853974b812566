package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Term;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page per case, with its issue neighbours and related cases. */
final class CasePages {
  private CasePages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    StructuredData structured = new StructuredData(context);
    // Case pages link the corrections log when there is one to link to.
    String log = CorrectionPages.of(context.site()).isEmpty() ? null : CorrectionPages.PATH;
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (IssueGroup group : context.site().issues()) {
      List<Case> cases = group.cases();
      for (int i = 0; i < cases.size(); i++) {
        Case previous = i > 0 ? cases.get(i - 1) : null;
        Case next = i + 1 < cases.size() ? cases.get(i + 1) : null;
        Case current = cases.get(i);
        jobs.add(() -> render(context, structured, group, current, previous, next, log));
      }
    }
    return jobs;
  }

  static Page render(PageContext context, StructuredData structured, IssueGroup group, Case c,
      Case previous, Case next, String correctionsLog) {
    Map<String, Object> values = new HashMap<>();
    values.put("case", c);
    values.put("issue", group.issue());
    List<Case> related = context.site().relatedTo(c);
    values.put("related", related);
    values.put("sharedKeywords", sharedKeywords(c, related));
    values.put("ogType", "article");
    c.image().ifPresent(image -> values.put("shareImage", image));
    values.put("published", context.published(c));
    values.put("jsonLd", structured.claimReview(c));
    context.site().author(c.authorId()).ifPresent(a -> values.put("author", a));
    if (previous != null) {
      values.put("previous", previous);
    }
    if (next != null) {
      values.put("next", next);
    }
    if (correctionsLog != null) {
      values.put("correctionsLog", correctionsLog);
    }
    return context.render("case.ftlh", c.path(), context.headline(c), context.debunk(c), values);
  }

  /** Why each related case is related: the keywords it shares with {@code c}, in c's order. */
  private static Map<String, List<Term>> sharedKeywords(Case c, List<Case> related) {
    Map<String, List<Term>> shared = new HashMap<>();
    for (Case other : related) {
      shared.put(other.slug(), c.keywords().stream().filter(other.keywords()::contains).toList());
    }
    return shared;
  }
}
