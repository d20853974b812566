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
    // Greek capital sigma lower-cases by its neighbours, which may sit across a split: rare,
    // so such text takes the whole-text path.
    return text.indexOf('\u03a3') >= 0 ? ofUnicode(text) : byRuns(text);
  }

  /**
   * The same words, found run by run between ASCII characters that are not letters or digits.
   * Those are separators before and after folding, and decomposition never reaches across
   * them, so each run can be folded alone; a run of ASCII letters and digits needs no folding
   * but lower-casing, and that is most of the words of most claims.
   */
  private static Set<String> byRuns(String text) {
    Set<String> words = new LinkedHashSet<>();
    int start = 0;
    boolean ascii = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= 0x80) {
        ascii = false;
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue;
      }
      if (ascii) {
        if (i - start >= 2) {
          words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
      } else {
        words.addAll(ofUnicode(text.substring(start, i)));
      }
      start = i + 1;
      ascii = true;
    }
    return words;
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
}
