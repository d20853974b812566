package dev.bulletin.diag;

/** How serious a diagnostic is: errors stop a build, warnings only with {@code --strict}. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in {@code path:line:column: error: message}. */
  public String label() {
    return label;
  }
}
