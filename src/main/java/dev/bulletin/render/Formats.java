package dev.bulletin.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Date formatting for templates, in the site's language. */
public final class Formats {
  private static final int EXCERPT_LENGTH = 220;
  private final DateTimeFormatter longDate;

  public Formats(String languageTag) {
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(languageTag));
  }

  /** A date as readers read it, e.g. "5 November 2026" or "5 листопада 2026 р.". */
  public String date(LocalDate date) {
    return longDate.format(date);
  }

  /** The start of {@code text} as a one-paragraph teaser of about 220 characters. */
  public String excerpt(String text) {
    return Excerpts.of(text, EXCERPT_LENGTH);
  }

  /** A date as machines read it: {@code 2026-11-05}. */
  public String iso(LocalDate date) {
    return date.toString();
  }
}
