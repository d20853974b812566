package dev.bulletin.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the content, with the file, line and column it points at (1-based; 0 when
 * the problem concerns the whole file). A warning names the {@link Rule} that raised it; errors
 * the content must fix name none ({@code rule} is empty), unless {@code checks:} in site.yml
 * raised a warning's rule to an error.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message,
    Optional<Rule> rule) implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString())
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> d.rule().map(Rule::ruleName).orElse(""));

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
  }

  /** A diagnostic of no rule: an error the content must fix. */
  public Diagnostic(Path file, int line, int column, Severity severity, String message) {
    this(file, line, column, severity, message, Optional.empty());
  }

  /** The same diagnostic with {@code newSeverity}. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(file, line, column, newSeverity, message, rule);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Formats as {@code path:line:column: error: message}, followed by {@code [rule-name]} when a
   * rule raised it, with the path relative to {@code base}
   * when the file is inside it. Control characters (line breaks, terminal escapes) that content
   * or a file name carries into the line are written as {@code \\uXXXX}, so content can never
   * forge a line of its own (a fake error, a CI annotation such as {@code ::error}) or drive the
   * terminal.
   */
  public String format(Path base) {
    return escapeControls(relativePath(base)) + ":" + Math.max(line, 1) + ":"
        + Math.max(column, 1) + ": " + severity.label() + ": " + escapeControls(message)
        + rule.map(r -> " [" + r.ruleName() + "]").orElse("");
  }

  /** The file's path relative to {@code base} when inside it, with {@code /} separators. */
  public String relativePath(Path base) {
    Path shown = file;
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path absoluteFile = file.toAbsolutePath().normalize();
    if (absoluteFile.startsWith(absoluteBase)) {
      shown = absoluteBase.relativize(absoluteFile);
    }
    return shown.toString().replace('\\', '/');
  }

  /** {@code text} with control characters written as {@code \\uXXXX}. */
  public static String escapeControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
