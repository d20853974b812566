package dev.bulletin.serve;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link Preview.Listener} that reports each build as lines of text: the diagnostics in the
 * {@code path:line:column: error: message} form, then one line saying what happened. The command
 * line prints them; the Maven goal logs them.
 */
public final class RebuildLog implements Preview.Listener {
  private final Path base;
  private final Consumer<String> info;
  private final Consumer<String> error;
  private final Consumer<String> warning;

  public RebuildLog(Path base, Consumer<String> info, Consumer<String> error,
      Consumer<String> warning) {
    this.base = base;
    this.info = info;
    this.error = error;
    this.warning = warning;
  }

  @Override
  public void rebuilt(Snapshot snapshot, Set<Path> changed) {
    for (Diagnostic diagnostic : snapshot.diagnostics()) {
      (diagnostic.isError() ? error : warning).accept(diagnostic.format(base));
    }
    snapshot.failure().ifPresent(message -> error.accept("bulletin: error: " + message));
    if (snapshot.hiddenWarnings() > 0) {
      info.accept(ErrorPage.hiddenLine(snapshot));
    }
    String cause = changed.isEmpty() ? "Built" : "Rebuilt after changes to " + describe(changed);
    if (snapshot.ok()) {
      info.accept(String.format(Locale.ROOT, "%s: %d pages", cause, snapshot.pages().size()));
    } else {
      info.accept(cause + ": failed with "
          + (snapshot.failure().isPresent() ? "an error"
              : DiagnosticSummary.of(snapshot.diagnostics()))
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
