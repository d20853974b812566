package dev.bulletin.render;

import dev.bulletin.model.RatingGroup;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ratings/}, the desk's scale from the worst step to the best with what each step means
 * and how many cases it holds, and a paginated page of cases for each step. A site without a
 * scale of its own in site.yml has one verdict for every case, so no such pages: they would
 * repeat the list of all cases.
 */
final class RatingPages {
  static final String PATH = "ratings/";

  private RatingPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    if (!context.site().config().hasScale()) {
      return List.of();
    }
    List<RatingGroup> groups = context.ratings();
    List<Supplier<Page>> jobs = new ArrayList<>();
    jobs.add(() -> context.render("ratings.ftlh", PATH, context.message("ratings.title"),
        context.message("ratings.description"), Map.of("groups", groups)));
    for (RatingGroup group : groups) {
      jobs.addAll(CaseListPages.jobs(context, "rating.ftlh", group.rating().path(),
          group.rating().name(), group.rating().description(), group.cases(),
          Map.of("rating", group.rating())));
    }
    return jobs;
  }
}
