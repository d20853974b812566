package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.model.Term;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * What the preview server's assembler keeps from its last build: the cases, so an unchanged case
 * is the same instance again (everything after assembly remembers its work by case, and an
 * identical instance compares instantly), and the related cases, which depend only on each
 * case's keywords and the order of the cases. A full build uses {@link #NONE}.
 */
public final class AssemblyMemo {
  /** Remembers nothing. */
  public static final AssemblyMemo NONE = new AssemblyMemo(false);

  private final boolean remembers;
  private volatile Map<String, Case> cases = Map.of();
  private List<List<String>> keywords = List.of();
  private int[][] related = new int[0][];

  /** A memo for a series of builds of one site. */
  public AssemblyMemo() {
    this(true);
  }

  private AssemblyMemo(boolean remembers) {
    this.remembers = remembers;
  }

  /** The case of the last build equal to {@code fresh}, or {@code fresh} itself. */
  Case reuse(Case fresh) {
    Case known = cases.get(fresh.slug());
    return fresh.equals(known) ? known : fresh;
  }

  /** The related-case positions of {@code cases}, found again only when keywords or order moved. */
  synchronized int[][] related(List<Case> cases, ForkJoinPool pool) {
    if (!remembers) {
      return RelatedCases.positions(cases, pool);
    }
    List<List<String>> now = cases.stream()
        .map(c -> c.keywords().stream().map(Term::slug).toList()).toList();
    if (!now.equals(keywords)) {
      related = RelatedCases.positions(cases, pool);
      keywords = now;
    }
    return related;
  }

  /** Keeps the cases of {@code site} for the next build. */
  public void remember(Site site) {
    if (!remembers) {
      return;
    }
    cases = site.cases().stream().collect(Collectors.toUnmodifiableMap(Case::slug, c -> c));
  }
}
