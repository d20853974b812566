package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A list of cases (a keyword's, an author's, an outlet's) in pages of {@link Pagination#PAGE_SIZE}
 * at its folder, {@code page/2/}, …: the one way every such list is split and titled.
 */
final class CaseListPages {
  private CaseListPages() {}

  /**
   * One job per page of {@code cases} at {@code path}, rendered with {@code template}; each page
   * gets {@code values} plus {@code cases} (its own), {@code count} (all) and
   * {@code pagination}, and is titled {@code name} ("name (page 2)" after the first).
   */
  static List<Supplier<Page>> jobs(PageContext context, String template, String path,
      String name, String description, List<Case> cases, Map<String, Object> values) {
    List<Supplier<Page>> jobs = new ArrayList<>();
    int total = Pagination.pageCount(cases.size());
    for (int number = 1; number <= total; number++) {
      Pagination pagination = new Pagination(path, number, total);
      jobs.add(() -> render(context, template, name, description, cases, values, pagination));
    }
    return jobs;
  }

  private static Page render(PageContext context, String template, String name,
      String description, List<Case> all, Map<String, Object> values, Pagination pagination) {
    List<Case> cases = all.subList(Math.min(pagination.from(), all.size()),
        Math.min(pagination.from() + Pagination.PAGE_SIZE, all.size()));
    String title = name + (pagination.current() > 1 ? " (" + context.message("pagination.page")
        + " " + pagination.current() + ")" : "");
    Map<String, Object> page = new HashMap<>(values);
    page.put("cases", cases);
    page.put("count", all.size());
    page.put("pagination", pagination);
    return context.render(template, pagination.path(), title, description, page);
  }
}
