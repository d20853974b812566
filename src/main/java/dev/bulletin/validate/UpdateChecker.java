package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Checks the dates of a case's updates against its issue and the clock: an update follows the
 * publication it updates, and is not dated in the future.
 */
final class UpdateChecker {
  // The first time zone to reach a date: an update written on the editor's today, anywhere on
  // Earth, is not "in the future" for a build server on UTC.
  private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

  private final LocalDate today;

  /** A checker for a run at the time {@code clock} tells. */
  UpdateChecker(Clock clock) {
    this.today = LocalDate.ofInstant(clock.instant(), EARLIEST);
  }

  /** Checks {@code draft}'s updates; {@code issue} is null when its issue does not exist. */
  void check(CaseDraft draft, IssueDraft issue, Diagnostics diagnostics) {
    for (UpdateDraft update : draft.updates()) {
      int line = update.dateNode().line();
      int column = update.dateNode().column();
      if (issue != null && update.date().isBefore(issue.date())) {
        diagnostics.error(draft.file(), line, column, "the update is dated " + update.date()
            + ", before issue " + issue.number() + " published the case on " + issue.date()
            + "; an update comes after publication, so check the date");
      } else if (update.date().isAfter(today)) {
        diagnostics.error(draft.file(), line, column, "the update is dated " + update.date()
            + ", which is in the future; give the date the update is published");
      }
    }
  }
}
