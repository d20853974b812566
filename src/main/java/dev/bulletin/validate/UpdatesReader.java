package dev.bulletin.validate;

import dev.bulletin.diag.Rule;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a case's {@code updates}: a list of {@code {date, note, correction?}}, oldest first.
 * What needs no other file is checked here (types, a missing note, the order); the dates
 * against the issue and the clock are checked by {@link UpdateChecker}.
 */
final class UpdatesReader {
  private static final Field DATE = Field.required("date", ValueType.DATE,
      "date: 2026-11-04", "When the update was published, YYYY-MM-DD.");
  private static final Field NOTE = Field.required("note", ValueType.TEXT,
      "note: \"What changed, and why.\"", "What changed, and why.");
  private static final Field CORRECTION = Field.optional("correction", ValueType.BOOLEAN,
      "correction: true", "true when the update corrects an error; it is then listed at"
          + " /corrections/.");
  static final Field FIELD = Field.optional("updates", ValueType.MAP_LIST,
      "- date: 2026-11-04", "Changes after publication, oldest first.")
      .withParts(Fields.of(DATE, NOTE, CORRECTION));

  private UpdatesReader() {}

  /** The updates of the case {@code fields} reads; empty when one of them has an error. */
  static Optional<List<UpdateDraft>> read(FieldReader fields) {
    Optional<List<YamlMap>> maps = fields.optionalMapList(FIELD);
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    List<UpdateDraft> updates = new ArrayList<>();
    boolean ok = true;
    for (YamlMap map : maps.get()) {
      FieldReader update = new FieldReader(fields.file(), map, fields.diagnostics(),
          "this update");
      update.warnUnknownKeys(FIELD.parts());
      Optional<LocalDate> date = update.requiredDate(DATE);
      Optional<String> note = update.requiredText(NOTE);
      boolean correction = update.optionalBoolean(CORRECTION, false);
      if (date.isEmpty() || note.isEmpty()) {
        ok = false;
        continue;
      }
      updates.add(new UpdateDraft(date.get(), (YamlScalar) map.get("date").orElseThrow(),
          note.get(), map.get("note").orElseThrow().line(), correction));
    }
    warnOutOfOrder(fields, updates);
    return ok ? Optional.of(updates) : Optional.empty();
  }

  // Oldest first, like a log that grows at the end: an appended update never renumbers the
  // ones before it, so their anchors (#update-1, …) and feed ids stay the same.
  private static void warnOutOfOrder(FieldReader fields, List<UpdateDraft> updates) {
    for (int i = 1; i < updates.size(); i++) {
      UpdateDraft before = updates.get(i - 1);
      UpdateDraft update = updates.get(i);
      if (update.date().isBefore(before.date())) {
        fields.warning(Rule.UPDATES_OUT_OF_ORDER, update.dateNode(), "this update is dated "
            + update.date() + ", before the update above it (" + before.date() + "); list updates oldest"
            + " first, adding each new one at the end");
      }
    }
  }
}
