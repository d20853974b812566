package dev.bulletin.model;

import java.time.LocalDate;
import java.util.Objects;

/** One weekly issue of the bulletin; {@code introHtml} is its sanitized editorial. */
public record Issue(int number, LocalDate date, String title, String summary, String introHtml) {
  public Issue {
    Objects.requireNonNull(date, "date");
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    introHtml = introHtml == null ? "" : introHtml;
    if (number < 1) {
      throw new IllegalArgumentException("issue number must be positive: " + number);
    }
  }

  /** Site-relative URL, e.g. {@code issues/310/}. */
  public String path() {
    return pathOf(Integer.toString(number));
  }

  /** The address of issue {@code name} (its number, or an alias of it). */
  public static String pathOf(String name) {
    return "issues/" + name + "/";
  }
}
