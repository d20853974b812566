package dev.bulletin.render;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into search words exactly as {@code assets/search.js} splits what readers type:
 * compatibility-decomposed, accents dropped, lower-cased, cut at anything not a letter or digit.
 */
public final class SearchTokens {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchTokens() {}

  /** The distinct words of {@code text}, in order of first appearance. */
  public static Set<String> of(String text) {
    return isAscii(text) ? ofAscii(text) : ofUnicode(text);
  }

  static Set<String> ofUnicode(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
        .replaceAll("").toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String word : SEPARATORS.split(folded)) {
      // One-letter words would only bloat the index; readers' prefixes still reach longer ones.
      if (word.length() >= 2) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * The same words for ASCII text, where decomposing and dropping marks change nothing and a
   * letter or digit is {@code [A-Za-z0-9]}: most claims are ASCII, and this loop is many times
   * cheaper than the normaliser and two regular expressions.
   */
  static Set<String> ofAscii(String text) {
    Set<String> words = new LinkedHashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        if (i - start >= 2) {
          words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
    return words;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
