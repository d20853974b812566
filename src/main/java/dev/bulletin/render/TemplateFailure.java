package dev.bulletin.render;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.theme.Theme;
import java.nio.file.Path;

/**
 * A template could not be loaded or failed while rendering: a problem in {@code templates/},
 * reported with the template's name, line and column.
 */
public final class TemplateFailure extends RuntimeException {
  private final String template;
  private final int line;
  private final int column;

  public TemplateFailure(String template, int line, int column, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
    this.line = line;
    this.column = column;
  }

  /** Reports this failure as an error at its place in the templates folder {@code templates}. */
  public void report(Path templates, Diagnostics diagnostics) {
    // A project's template is reported at its file, an inherited one as the built-in theme's.
    Path file = template == null ? templates : Theme.locate(templates, template);
    diagnostics.error(file, line, column, getMessage());
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
