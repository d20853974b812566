package dev.bulletin.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated note added to a case after it was published: a plain update, or a correction of fact
 * ({@code correction}), which readers must be able to tell apart. {@code noteHtml} is sanitized
 * HTML from the note's Markdown, {@code noteText} the same as plain text.
 */
public record Update(LocalDate date, String noteHtml, String noteText, boolean correction) {
  public Update {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(noteHtml, "noteHtml");
    Objects.requireNonNull(noteText, "noteText");
  }
}
