package dev.bulletin.diag;

import java.util.Locale;

/** What {@code checks:} in site.yml makes of a rule: drop it, warn, or fail the build. */
public enum RuleLevel {
  OFF,
  WARNING,
  ERROR;

  /** The word written in site.yml, like {@code off}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
