package dev.bulletin.render;

import java.util.Locale;
import java.util.Set;

/**
 * Which plural form a whole number takes in a language, by the Unicode CLDR's cardinal rules, for
 * the languages whose rules differ from "one or other" and that bulletins are written in. Written
 * out rather than taken from ICU4J: three rules do not justify a 14 MB library on every
 * bulletin's build path; a language not listed here uses the English rule.
 */
final class PluralRules {
  /** One, few and many, by the last one and two digits (CLDR: be, ru, uk). */
  private static final Set<String> EAST_SLAVIC = Set.of("be", "ru", "uk");
  /** One only for 1; few and many by the last digits as East Slavic (CLDR: pl). */
  private static final Set<String> POLISH = Set.of("pl");

  private PluralRules() {}

  /** {@code one}, {@code few}, {@code many} or {@code other}. */
  static String category(String languageTag, long n) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    long last = n % 10;
    long lastTwo = n % 100;
    boolean few = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
    if (EAST_SLAVIC.contains(language)) {
      return last == 1 && lastTwo != 11 ? "one" : few ? "few" : "many";
    }
    if (POLISH.contains(language)) {
      return n == 1 ? "one" : few ? "few" : "many";
    }
    return n == 1 ? "one" : "other";
  }
}
