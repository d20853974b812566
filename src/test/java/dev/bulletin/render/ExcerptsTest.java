package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptsTest {
  @Test
  void shortTextIsKeptWithWhiteSpaceFolded() {
    assertEquals("One two three.", Excerpts.of("  One\n two\t\tthree. ", 40));
  }

  @Test
  void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
    assertEquals("alpha beta…", Excerpts.of("alpha beta gamma", 12));
  }

  @Test
  void trailingPunctuationBeforeTheCutIsDropped() {
    assertEquals("alpha beta…", Excerpts.of("alpha beta, gamma", 13));
  }

  @Test
  void aSingleLongWordIsCutHard() {
    assertEquals("abcdefgh…", Excerpts.of("abcdefghijkl", 8));
  }
}
