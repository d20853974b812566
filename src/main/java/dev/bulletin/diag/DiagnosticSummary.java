package dev.bulletin.diag;

import java.util.List;

/** The closing line under a list of diagnostics: "2 errors, 1 warning". */
public final class DiagnosticSummary {
  private DiagnosticSummary() {}

  public static String of(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
