package dev.bulletin;

import dev.bulletin.diag.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a check or build: every diagnostic, sorted, what was built, whether the output
 * was published, and notes for the operator that are not about the content (such as an old
 * copy of the site that could not be deleted), and how many known warnings the baseline file
 * {@code baseline} hid.
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
    List<String> notes,
    int hiddenWarnings,
    String baseline) {

  public Report {
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
    baseline = baseline == null ? "" : baseline;
  }

  /** A report that hid no known warning. */
  public Report(List<Diagnostic> diagnostics, int cases, int issues, int keywords, int pages,
      int changedFiles, Duration elapsed, boolean published, boolean strict,
      List<String> notes) {
    this(diagnostics, cases, issues, keywords, pages, changedFiles, elapsed, published, strict,
        notes, 0, "");
  }

  /** This report with its errors only, as after writing its warnings to a baseline. */
  public Report withoutWarnings() {
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    return new Report(errors, cases, issues, keywords, pages, changedFiles, elapsed, published,
        strict, notes, hiddenWarnings, baseline);
  }

  /**
   * The line saying how many known warnings the baseline hid, like {@code 12 known warnings
   * hidden by bulletin-baseline.txt}; empty when it hid none.
   */
  public Optional<String> hiddenLine() {
    return hiddenWarnings == 0 ? Optional.empty() : Optional.of(
        hiddenWarnings + " known warning" + (hiddenWarnings == 1 ? "" : "s") + " hidden by "
            + baseline);
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
