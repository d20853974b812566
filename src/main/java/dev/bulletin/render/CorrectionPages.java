package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The corrections log: {@code corrections/} lists every correction of fact, newest first, and
 * {@code corrections/feed.xml} carries them as Atom. A site with no correction has neither, so
 * its output stays as it was.
 */
final class CorrectionPages {
  static final String PATH = "corrections/";
  static final String TEMPLATE = "corrections.ftlh";

  private CorrectionPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    List<Correction> corrections = of(context.site());
    if (corrections.isEmpty()) {
      return List.of();
    }
    String title = context.message("corrections.title");
    return List.of(
        () -> context.render(TEMPLATE, PATH, title, context.message("corrections.description"),
            Map.of("corrections", corrections, "feed", PATH + "feed.xml")),
        () -> CorrectionsFeed.write(context, PATH, context.site().config().title() + " · "
            + title, corrections));
  }

  /** Every correction of the site, newest first; ties by case, then by order in the case. */
  static List<Correction> of(Site site) {
    List<Correction> corrections = new ArrayList<>();
    for (Case c : site.cases()) {
      for (int i = 0; i < c.updates().size(); i++) {
        if (c.updates().get(i).correction()) {
          corrections.add(new Correction(c, c.updates().get(i), i + 1));
        }
      }
    }
    corrections.sort(Comparator.comparing((Correction k) -> k.update().date()).reversed()
        .thenComparing(k -> k.c().slug()).thenComparing(Correction::number));
    return List.copyOf(corrections);
  }

  /** The date of the newest correction, when the site has any (the log's last change). */
  static Optional<LocalDate> latest(Site site) {
    return of(site).stream().findFirst().map(k -> k.update().date());
  }
}
