package dev.bulletin.serve;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * The page shown in place of the site while the content has errors: the same
 * {@code path:line:column: error: message} lines the command line prints, HTML-escaped, errors
 * first and warnings folded under their count.
 */
final class ErrorPage {
  private ErrorPage() {}

  static String render(Snapshot snapshot, Path base, long generation) {
    List<Diagnostic> errors = snapshot.diagnostics().stream().filter(Diagnostic::isError)
        .toList();
    List<Diagnostic> warnings = snapshot.diagnostics().stream().filter(d -> !d.isError())
        .toList();
    // Errors first, and warnings folded: at archive scale they would bury the one error.
    StringBuilder list = new StringBuilder();
    list.append("<ul>\n").append(items(errors, base)).append("</ul>\n");
    if (snapshot.hiddenWarnings() > 0) {
      list.append("<p>").append(escape(hiddenLine(snapshot))).append("</p>\n");
    }
    if (!warnings.isEmpty()) {
      list.append("<details>\n<summary>").append(warnings.size())
          .append(warnings.size() == 1 ? " warning" : " warnings").append("</summary>\n<ul>\n")
          .append(items(warnings, base)).append("</ul>\n</details>\n");
    }
    String heading = snapshot.failure().isPresent()
        ? "Bulletin could not build the site"
        : "The content has problems: " + DiagnosticSummary.of(snapshot.diagnostics());
    String failure = snapshot.failure()
        .map(message -> "<p><code>" + escape(message) + "</code></p>\n")
        .orElse("");
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Bulletin: build failed</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
          padding: 0 1rem; color: #1a1a1a; }
        ul { padding: 0; list-style: none; }
        li { font-family: ui-monospace, monospace; white-space: pre-wrap; padding: .5rem .75rem;
          margin: .5rem 0; border-left: 4px solid #b00020; background: #fdf0f2; }
        li.warning { border-color: #9a6700; background: #fff8e5; }
        summary { cursor: pointer; color: #9a6700; }
        </style>
        </head>
        <body>
        <h1>%s</h1>
        %s%s<p>Fix the files and save; this page reloads by itself.</p>
        %s
        </body>
        </html>
        """.formatted(escape(heading), failure, list, ReloadScript.tag(generation));
  }

  /** {@code 12 known warnings hidden by the baseline}. */
  static String hiddenLine(Snapshot snapshot) {
    int hidden = snapshot.hiddenWarnings();
    return hidden + " known warning" + (hidden == 1 ? "" : "s") + " hidden by the baseline";
  }

  private static String items(List<Diagnostic> diagnostics, Path base) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append("<li class=\"").append(diagnostic.severity().label()).append("\">")
          .append(escape(diagnostic.format(base))).append("</li>\n");
    }
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
