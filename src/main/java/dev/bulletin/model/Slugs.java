package dev.bulletin.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place slugs are made and checked: lower-case ASCII letters, digits and single hyphens,
 * so that no name can ever become a nested folder or leave the output folder.
 */
public final class Slugs {
  /** What {@link #isSafe} accepts, as a regular expression. */
  public static final String SAFE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final Pattern SAFE = Pattern.compile(SAFE_PATTERN);
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  // Cyrillic transliteration close to the Ukrainian and Russian national systems.
  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"),
          Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"),
          Map.entry('ё', "io"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"),
          Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
          Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
          Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
          Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
          Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
          Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
          Map.entry('я', "ia"), Map.entry('ў', "u"), Map.entry('ђ', "dj"), Map.entry('ј', "j"),
          Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ћ', "c"), Map.entry('џ', "dz"));

  private static final Map<Character, String> LATIN_EXTRA =
      Map.of('ß', "ss", 'æ', "ae", 'ø', "o", 'œ', "oe", 'ł', "l", 'đ', "d", 'þ', "th", 'ı', "i");

  private Slugs() {}

  /** Whether {@code text} is already a safe slug. */
  public static boolean isSafe(String text) {
    return text != null && text.length() <= 120 && SAFE.matcher(text).matches();
  }

  /** Makes a safe slug from any name; empty when nothing of the name survives. */
  public static String of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder(lower.length());
    for (char c : lower.toCharArray()) {
      String replacement = CYRILLIC.get(c);
      if (replacement == null) {
        replacement = LATIN_EXTRA.get(c);
      }
      latin.append(replacement != null ? replacement : String.valueOf(c));
    }
    String ascii =
        COMBINING_MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder slug = new StringBuilder(ascii.length());
    boolean pendingHyphen = false;
    for (char c : ascii.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && slug.length() > 0) {
          slug.append('-');
        }
        pendingHyphen = false;
        slug.append(c);
      } else {
        pendingHyphen = true;
      }
    }
    return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug.toString();
  }
}
