package dev.bulletin.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content, with the file, line and column it points at (1-based; 0 when
 * the problem concerns the whole file).
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.file().toString())
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Formats as {@code path:line:column: error: message}, with the path relative to {@code base}
   * when the file is inside it.
   */
  public String format(Path base) {
    Path shown = file;
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path absoluteFile = file.toAbsolutePath().normalize();
    if (absoluteFile.startsWith(absoluteBase)) {
      shown = absoluteBase.relativize(absoluteFile);
    }
    String path = shown.toString().replace('\\', '/');
    return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label()
        + ": " + message;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
