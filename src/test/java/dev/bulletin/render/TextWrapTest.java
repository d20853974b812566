package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWrapTest {
  private final TextWrap wrap = new TextWrap(20);

  @Test
  void breaksLongLinesAtSpaces() {
    assertEquals("one two three four\nfive", wrap.of("one two three four five"));
  }

  @Test
  void neverBreaksAnAddressAndKeepsShortLinesAndBlankLines() {
    assertEquals("see\nhttps://example.org/a/very/long/address/\n\nok",
        wrap.of("see https://example.org/a/very/long/address/\n\nok"));
  }

  @Test
  void indentsTheContinuationOfAListItem() {
    assertEquals("- alpha beta gamma\n  delta", wrap.of("- alpha beta gamma delta"));
  }
}
