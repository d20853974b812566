package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Rating;
import dev.bulletin.model.Site;
import dev.bulletin.model.Term;
import dev.bulletin.validate.CaseDraft;
import dev.bulletin.validate.KeywordDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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

  /** What a case is made from besides its own file: one draft makes equal cases in equal worlds. */
  record World(Path root, List<KeywordDefinition> keywords, Object links,
      Map<String, Term> countries, Map<String, Term> languages, List<Rating> scale) {}

  /** A key equal only to the very same object: an unchanged file keeps its draft instance. */
  private record Same(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && same.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  private final boolean remembers;
  private volatile Map<String, Case> cases = Map.of();
  private World world;
  private volatile Map<Same, Case> byDraft = Map.of();
  private volatile Map<Same, Case> nextByDraft = new ConcurrentHashMap<>();
  private List<List<String>> keywords = List.of();
  private int[][] related = new int[0][];

  /** A memo for a series of builds of one site. */
  public AssemblyMemo() {
    this(true);
  }

  private AssemblyMemo(boolean remembers) {
    this.remembers = remembers;
  }

  /** Starts assembling cases in {@code now}: cases made in another world are forgotten. */
  synchronized void startCases(World now) {
    if (!remembers) {
      return;
    }
    byDraft = now.equals(world) ? nextByDraft : Map.of();
    nextByDraft = new ConcurrentHashMap<>();
    world = now;
  }

  /**
   * The case of {@code draft}: the one the last build made from this very draft, or a new one
   * from {@code make}. A new case is kept for the next build only when {@code keep} says so
   * afterwards (a case whose links were reported broken is made again, to report them again).
   */
  Case caseOf(CaseDraft draft, Supplier<Case> make, BooleanSupplier keep) {
    if (!remembers) {
      return make.get();
    }
    Same key = new Same(draft);
    Case known = byDraft.get(key);
    if (known == null) {
      known = reuse(make.get());
      if (!keep.getAsBoolean()) {
        return known;
      }
    }
    nextByDraft.put(key, known);
    return known;
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
