package dev.bulletin.cli;

import dev.bulletin.Report;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints diagnostics as {@code path:line:column: error: message}, then a closing count. */
final class ReportPrinter {
  private ReportPrinter() {}

  /**
   * Prints the report; {@code failure} is the closing advice when the content did not pass and
   * {@code success} the summary line when it did. Returns the exit code.
   */
  static int print(Report report, PrintWriter out, PrintWriter err, String success,
      String failure) {
    Path here = Path.of("").toAbsolutePath();
    for (Diagnostic diagnostic : report.diagnostics()) {
      err.println(diagnostic.format(here));
    }
    if (!report.diagnostics().isEmpty()) {
      err.println(DiagnosticSummary.of(report.diagnostics())
          + (report.strict() && report.warningCount() > 0 ? " (--strict: warnings fail)" : ""));
    }
    report.hiddenLine().ifPresent(err::println);
    for (String note : report.notes()) {
      err.println("bulletin: warning: " + note);
    }
    if (!report.ok()) {
      err.println(failure);
      err.flush();
      return ExitCodes.CONTENT_ERRORS;
    }
    out.println(success);
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  static String seconds(Report report) {
    return String.format(Locale.ROOT, "%.2f s", report.elapsed().toMillis() / 1000.0);
  }
}
