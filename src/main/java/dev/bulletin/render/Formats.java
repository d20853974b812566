package dev.bulletin.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and counted phrases for templates, in the site's language. Shared by every page of a
 * build: a case card appears on about ten list pages and a site has a few hundred distinct dates, so dates and
 * excerpts are made once and remembered.
 */
public final class Formats {
  private static final int EXCERPT_LENGTH = 220;
  private final String language;
  private final Map<String, String> messages;
  private final DateTimeFormatter longDate;
  private final Map<LocalDate, String> dates = new ConcurrentHashMap<>();
  private final Map<String, String> excerpts = new ConcurrentHashMap<>();

  /** Formats for a site in {@code languageTag} whose UI strings are {@code messages}. */
  public Formats(String languageTag, Map<String, String> messages) {
    this.language = languageTag;
    this.messages = messages;
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(languageTag));
  }

  /** A date as readers read it, e.g. "5 November 2026" or "5 листопада 2026 р.". */
  public String date(LocalDate date) {
    return dates.computeIfAbsent(date, longDate::format);
  }

  /** The start of {@code text} as a one-paragraph teaser of about 220 characters. */
  public String excerpt(String text) {
    return excerpts.computeIfAbsent(text, t -> Excerpts.of(t, EXCERPT_LENGTH));
  }

  /**
   * The UI string {@code key} for {@code n} things, in the plural form the language gives
   * {@code n}: the key with {@code .one}, {@code .few}, {@code .many} or {@code .other}
   * appended, else with {@code .other}, else the key itself; {@code {0}} becomes the number.
   */
  public String count(String key, int n) {
    String form = messages.get(key + "." + PluralRules.category(language, n));
    if (form == null) {
      form = messages.getOrDefault(key + ".other", messages.getOrDefault(key, key));
    }
    return form.replace("{0}", Integer.toString(n));
  }

  /** A date as machines read it: {@code 2026-11-05}. */
  public String iso(LocalDate date) {
    return date.toString();
  }
}
