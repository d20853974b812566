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
  void asciiLoopSplitsExactlyAsTheUnicodePath() {
    Random random = new Random(7);
    for (int trial = 0; trial < 5_000; trial++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        // Mostly letters, so words form; every other ASCII character, controls included.
        text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x80)
            : (char) ('a' + random.nextInt(26) - (random.nextBoolean() ? 32 : 0)));
      }
      String sample = text.toString();
      assertEquals(List.copyOf(SearchTokens.ofUnicode(sample)),
          List.copyOf(SearchTokens.ofAscii(sample)), sample);
    }
  }
}
