package dev.bulletin.validate;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds names whose words mix alphabets that share look-alike letters: "Ukrаine" with a Cyrillic
 * "а" reads the same as "Ukraine" but is another country, with its own page and address. Whole
 * words in different alphabets ("NATO / НАТО") are fine.
 */
final class MixedScripts {
  private MixedScripts() {}

  /** The two alphabets mixed inside one word of {@code name}, such as "Latin and Cyrillic". */
  static Optional<String> in(String name) {
    for (String word : name.split("[^\\p{L}\\p{M}]+")) {
      UnicodeScript first = null;
      for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
        UnicodeScript script = UnicodeScript.of(word.codePointAt(i));
        if (script != UnicodeScript.LATIN && script != UnicodeScript.CYRILLIC
            && script != UnicodeScript.GREEK) {
          continue;
        }
        if (first == null) {
          first = script;
        } else if (script != first) {
          return Optional.of(name(first) + " and " + name(script));
        }
      }
    }
    return Optional.empty();
  }

  private static String name(UnicodeScript script) {
    String lower = script.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
