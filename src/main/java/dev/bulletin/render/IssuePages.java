package dev.bulletin.render;

import dev.bulletin.model.IssueGroup;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One page per issue, and the archive of all issues. */
final class IssuePages {
  private IssuePages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    List<IssueGroup> issues = context.site().issues();
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      // Issues are newest first, so the newer issue is the one before in the list.
      IssueGroup newer = i > 0 ? issues.get(i - 1) : null;
      IssueGroup older = i + 1 < issues.size() ? issues.get(i + 1) : null;
      IssueGroup current = issues.get(i);
      jobs.add(() -> render(context, current, older, newer));
    }
    jobs.add(() -> context.render("issues.ftlh", "issues/", context.message("issues.title"),
        context.message("issues.description"), Map.of("issues", issues)));
    return jobs;
  }

  private static Page render(PageContext context, IssueGroup group, IssueGroup older,
      IssueGroup newer) {
    Map<String, Object> values = new HashMap<>();
    values.put("issue", group.issue());
    values.put("cases", group.cases());
    values.put("feed", group.issue().path() + "feed.xml");
    if (older != null) {
      values.put("previous", older.issue());
    }
    if (newer != null) {
      values.put("next", newer.issue());
    }
    String title = context.message("issue.label") + " " + group.issue().number()
        + (group.issue().title().isEmpty() ? "" : ": " + group.issue().title());
    return context.render("issue.ftlh", group.issue().path(), title, group.issue().summary(),
        values);
  }
}
