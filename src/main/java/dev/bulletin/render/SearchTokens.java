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
