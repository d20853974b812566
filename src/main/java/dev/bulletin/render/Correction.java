package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.Update;

/**
 * One correction as the corrections log shows it: the case, the update, and its number among
 * the case's updates (1 for the first), which makes its anchor on the case page.
 */
public record Correction(Case c, Update update, int number) {
  /** The id of the update on the case page, e.g. {@code update-2}. */
  public String anchor() {
    return "update-" + number;
  }
}
