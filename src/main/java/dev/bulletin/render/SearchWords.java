package dev.bulletin.render;

import dev.bulletin.model.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words search finds a case by, each filed under the weightiest field it appears in: the
 * headline, the summary, the claim, or the body (the response and the outlets that carried the
 * claim). The page ranks by these fields ({@code assets/search.js} says why by how much).
 * Keyword, country and language names are not here: the manifest lists them once, and the page
 * matches them there instead of repeating them on thousands of cases.
 *
 * <p>The result is one string, compact enough for the preview to keep for every case: the
 * fields' words, space-separated, fields separated by a line break, headline first, each word
 * only in its first field.
 */
final class SearchWords {
  static final int HEADLINE = 3;
  static final int SUMMARY = 2;
  static final int CLAIM = 1;
  static final int BODY = 0;

  private SearchWords() {}

  static String of(String title, String summary, String claim, String response,
      List<Source> sources) {
    StringBuilder body = new StringBuilder(response);
    for (Source source : sources) {
      body.append(' ').append(source.outlet());
    }
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder();
    String[] fields = {title, summary, claim, body.toString()};
    for (int f = 0; f < fields.length; f++) {
      if (f > 0) {
        out.append('\n');
      }
      boolean first = true;
      for (String word : SearchTokens.of(fields[f])) {
        if (seen.add(word)) {
          out.append(first ? "" : " ").append(word);
          first = false;
        }
      }
    }
    return out.toString();
  }

  /** Calls {@code visitor} with each word of {@link #of}'s result and the field it is in. */
  static void forEach(String words, Visitor visitor) {
    int field = HEADLINE;
    int start = 0;
    for (int i = 0; i <= words.length(); i++) {
      char c = i < words.length() ? words.charAt(i) : '\n';
      if (c == ' ' || c == '\n') {
        if (i > start) {
          visitor.visit(words.substring(start, i), field);
        }
        start = i + 1;
        if (c == '\n') {
          field--;
        }
      }
    }
  }

  /** Receives a word and its field. */
  interface Visitor {
    void visit(String word, int field);
  }
}
