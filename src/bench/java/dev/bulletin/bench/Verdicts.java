package dev.bulletin.bench;

import java.time.LocalDate;

/**
 * What a desk adds to a case after the debunk itself: its rating on a three-step scale, and now
 * and then an update or a correction. Most cases are rated as disinformation, a third set no
 * rating and take the scale's default; about one case in twenty was updated, one in a hundred
 * corrected.
 */
final class Verdicts {
  /** The scale of the generated site.yml, worst first, with values for structured data. */
  static final String SCALE = """
      ratings:
        - name: Disinformation
          description: The claim is false and spread to mislead.
          value: 1
        - name: Misleading
          description: Real facts arranged to suggest something false.
          value: 2
        - name: Missing context
          description: True in part, but leaves out what changes its meaning.
          value: 3
      """;

  private Verdicts() {}

  /** Appends the front-matter lines of a case dated {@code date}: its rating and updates. */
  static void append(StringBuilder text, Prose prose, LocalDate date) {
    int roll = prose.between(1, 100);
    if (roll > 90) {
      text.append("rating: Missing context\n");
    } else if (roll > 70) {
      text.append("rating: Misleading\n");
    } else if (roll > 35) {
      text.append("rating: Disinformation\n");
    }
    boolean updated = prose.chance(5);
    boolean corrected = prose.chance(1);
    if (!updated && !corrected) {
      return;
    }
    // A week after the claim is never before its issue, which is at most six days later.
    LocalDate first = date.plusDays(prose.between(7, 10));
    text.append("updates:\n");
    if (updated) {
      text.append("  - date: ").append(first).append('\n');
      text.append("    note: \"").append(prose.sentence(prose.between(8, 16))).append("\"\n");
    }
    if (corrected) {
      text.append("  - date: ").append(first.plusDays(prose.between(0, 3))).append('\n');
      text.append("    note: \"").append(prose.sentence(prose.between(10, 20))).append("\"\n");
      text.append("    correction: true\n");
    }
  }
}
