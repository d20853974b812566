package dev.bulletin;

import dev.bulletin.diag.Diagnostic;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a check or build: every diagnostic, sorted, what was built, whether the output
 * was published, and notes for the operator that are not about the content (such as an old
 * copy of the site that could not be deleted).
 */
public record Report(
    List<Diagnostic> diagnostics,
    int cases,
    int issues,
    int keywords,
    int pages,
    int changedFiles,
    Duration elapsed,
    boolean published,
    boolean strict,
    List<String> notes) {

  public Report {
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  /** Whether the content passed: no errors, and no warnings either in strict mode. */
  public boolean ok() {
    return errorCount() == 0 && (!strict || warningCount() == 0);
  }
}
