package dev.bulletin.serve;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link Preview.Listener} that reports each build as lines of text: the diagnostics in the
 * {@code path:line:column: error: message} form, then one line saying what happened. The command
 * line prints them; the Maven goal logs them. An archive may carry thousands of old warnings, so
 * the first build shows its errors and only the first {@link #FIRST_WARNINGS} warnings, and each
 * rebuild only the problems it brought, counting the ones it fixed: the line the editor caused
 * is never buried under the archive's.
 */
public final class RebuildLog implements Preview.Listener {
  private final Path base;
  private final Consumer<String> info;
  private final Consumer<String> error;
  private final Consumer<String> warning;
  private Set<Diagnostic> previous;

  /** How many warnings the first build prints; the browser's error page and `check` list all. */
  static final int FIRST_WARNINGS = 20;

  public RebuildLog(Path base, Consumer<String> info, Consumer<String> error,
      Consumer<String> warning) {
    this.base = base;
    this.info = info;
    this.error = error;
    this.warning = warning;
  }

  @Override
  public synchronized void rebuilt(Snapshot snapshot, Set<Path> changed) {
    List<Diagnostic> now = snapshot.diagnostics();
    String difference = "";
    if (previous == null) {
      int warnings = 0;
      for (Diagnostic diagnostic : now) {
        if (diagnostic.isError()) {
          error.accept(diagnostic.format(base));
        } else if (warnings++ < FIRST_WARNINGS) {
          warning.accept(diagnostic.format(base));
        }
      }
      if (warnings > FIRST_WARNINGS) {
        warning.accept(String.format(Locale.ROOT, "… and %d more warnings; `bulletin check`"
            + " lists them all, and from now on only new problems are printed",
            warnings - FIRST_WARNINGS));
      }
    } else {
      Set<Diagnostic> current = Set.copyOf(now);
      long added = 0;
      for (Diagnostic diagnostic : now) {
        if (!previous.contains(diagnostic)) {
          (diagnostic.isError() ? error : warning).accept(diagnostic.format(base));
          added++;
        }
      }
      long fixed = previous.stream().filter(d -> !current.contains(d)).count();
      if (added > 0 || fixed > 0) {
        difference = String.format(Locale.ROOT, " (%d new %s, %d gone)", added,
            added == 1 ? "problem" : "problems", fixed);
      }
    }
    previous = Set.copyOf(now);
    snapshot.failure().ifPresent(message -> error.accept("bulletin: error: " + message));
    if (snapshot.hiddenWarnings() > 0) {
      info.accept(ErrorPage.hiddenLine(snapshot));
    }
    String cause = changed.isEmpty() ? "Built" : "Rebuilt after changes to " + describe(changed);
    if (snapshot.ok()) {
      info.accept(String.format(Locale.ROOT, "%s: %d pages%s", cause, snapshot.pages().size(),
          difference));
    } else {
      info.accept(cause + ": failed with "
          + (snapshot.failure().isPresent() ? "an error"
              : DiagnosticSummary.of(snapshot.diagnostics()) + difference)
          + "; the browser shows them until the files are fixed");
    }
  }

  private String describe(Set<Path> changed) {
    // Editors save through temporary files; name a file that still exists when there is one.
    Path first = changed.stream()
        .sorted(java.util.Comparator.comparing((Path p) -> !java.nio.file.Files.exists(p))
            .thenComparing(java.util.Comparator.naturalOrder()))
        .findFirst().orElseThrow();
    Path absoluteBase = base.toAbsolutePath().normalize();
    String shown = first.startsWith(absoluteBase)
        ? absoluteBase.relativize(first).toString().replace('\\', '/') : first.toString();
    return changed.size() == 1 ? shown : shown + " and " + (changed.size() - 1) + " more";
  }
}
