package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
