package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.Outlet;
import dev.bulletin.output.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code outlets/}, every outlet that carried a claim with its number of cases, and a page with
 * a feed for each outlet that carried at least {@code outletPageMin}: what a researcher needs
 * to see everything one outlet spread.
 */
final class OutletPages {
  static final String PATH = "outlets/";

  private OutletPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    List<Outlet<Case>> outlets = context.outlets();
    List<Supplier<Page>> jobs = new ArrayList<>();
    // Always made, even empty, so that every page can link it.
    jobs.add(() -> context.render("outlets.ftlh", PATH, context.message("outlets.title"),
        context.message("outlets.description").replace("{0}",
            Integer.toString(context.site().config().outletPageMin())),
        Map.of("outlets", outlets)));
    FeedWriter feeds = new FeedWriter(context);
    int pageMin = context.site().config().outletPageMin();
    for (Outlet<Case> outlet : outlets) {
      if (!outlet.hasPage(pageMin)) {
        continue;
      }
      String title = context.site().config().title() + " · " + outlet.name();
      jobs.add(() -> feeds.write(outlet.path(), title, outlet.items()));
      jobs.addAll(CaseListPages.jobs(context, "outlet.ftlh", outlet.path(), outlet.name(),
          context.message("outlets.outletDescription").replace("{0}", outlet.name()),
          outlet.items(), Map.of("outlet", outlet, "feed", outlet.path() + "feed.xml")));
    }
    return jobs;
  }
}
