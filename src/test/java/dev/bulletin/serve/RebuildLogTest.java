package dev.bulletin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The terminal shows the problems an edit brought, not the archive's old warnings again. */
class RebuildLogTest {
  private static final Path BASE = Path.of("/bulletin");
  private final List<String> lines = new ArrayList<>();
  private final RebuildLog log = new RebuildLog(BASE, lines::add, e -> lines.add("E " + e),
      w -> lines.add("W " + w));

  private static Diagnostic warning(int n) {
    return new Diagnostic(BASE.resolve("content/cases/old-" + n + ".md"), 3, 1,
        Severity.WARNING, "the case has no `sources`");
  }

  private static Snapshot snapshot(List<Diagnostic> diagnostics, boolean ok) {
    return new Snapshot(Map.of(), diagnostics, ok, Optional.empty());
  }

  @Test
  void theFirstBuildShowsTwentyWarningsThenEachRebuildOnlyWhatItChanged() {
    List<Diagnostic> archive = IntStream.range(0, 500).mapToObj(RebuildLogTest::warning).toList();
    log.rebuilt(snapshot(archive, true), Set.of());
    assertEquals(RebuildLog.FIRST_WARNINGS + 2, lines.size(), lines.toString());
    assertEquals("W … and 480 more warnings; `bulletin check` lists them all, and from now on"
        + " only new problems are printed", lines.get(RebuildLog.FIRST_WARNINGS));
    assertEquals("Built: 0 pages", lines.get(lines.size() - 1));

    lines.clear();
    Diagnostic typo = new Diagnostic(BASE.resolve("content/cases/new.md"), 5, 11,
        Severity.ERROR, "unknown keyword `NATOO`; did you mean `NATO`?");
    List<Diagnostic> broken = new ArrayList<>(archive.subList(1, 500));
    broken.add(typo);
    log.rebuilt(snapshot(broken, false), Set.of(BASE.resolve("content/cases/new.md")));
    assertEquals(List.of("E content/cases/new.md:5:11: error: unknown keyword `NATOO`; did you"
        + " mean `NATO`?", "Rebuilt after changes to content/cases/new.md: failed with 1 error,"
        + " 499 warnings (1 new problem, 1 gone); the browser shows them until the files are"
        + " fixed"), lines);

    lines.clear();
    log.rebuilt(snapshot(archive.subList(1, 500), true),
        Set.of(BASE.resolve("content/cases/new.md")));
    assertEquals(List.of("Rebuilt after changes to content/cases/new.md: 0 pages (0 new"
        + " problems, 1 gone)"), lines);
  }
}
