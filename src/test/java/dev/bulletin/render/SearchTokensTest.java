package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTokensTest {
  @Test
  void foldsCaseAndAccentsAndSplitsOnPunctuation() {
    assertEquals(List.of("zoe", "marchetti", "nato"),
        List.copyOf(SearchTokens.of("Zoë MARCHETTI: NATO")));
  }

  @Test
  void keepsCyrillicWordsAndDropsOneLetterWordsAndRepeats() {
    assertEquals(List.of("кавказскии", "узел", "правды", "ukraine"),
        List.copyOf(SearchTokens.of("«Кавказский узел правды» — Ukraine's a узел")));
  }

  @Test
  void runByRunSplitsExactlyAsTheWholeText() {
    // ASCII letters and separators, accents precomposed and combining, Cyrillic, ligatures,
    // compatibility forms that decompose to punctuation, Greek sigma and dotted capitals.
    String alphabet = "aZq09 .,'-_(\t\né\u0301ÅßñЖжïﬁ⑴½²ΣσςΑΟİı\u2044\u00a0—«»";
    Random random = new Random(7);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String sample = text.toString();
      assertEquals(List.copyOf(SearchTokens.ofUnicode(sample)),
          List.copyOf(SearchTokens.of(sample)), sample);
    }
  }
}
