package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PageWriter writes exactly the bytes the JDK's UTF-8 writer writes, however text is split. */
class PageWriterTest {
  private static final String ALPHABET = "aZ09 <>&\"'é–ī€ÿ\u0800\uffff"
      + "\ud83d\ude00\ud83d\ude00x\ud800\udc00\ud800y\udc00z";

  @Test
  void matchesOutputStreamWriterOnRandomPieces() throws IOException {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      List<String> pieces = split(text.toString(), random);
      PageWriter page = new PageWriter();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i);
        switch (i % 3) {
          case 0 -> page.write(piece);
          case 1 -> page.write(piece.toCharArray(), 0, piece.length());
          default -> piece.chars().forEach(page::write);
        }
        jdk.write(piece);
      }
      jdk.close();
      assertArrayEquals(expected.toByteArray(), page.bytes(), text::toString);
    }
  }

  @Test
  void growsPastItsFirstBuffer() throws IOException {
    String big = "ī€\ud83d\ude00a".repeat(20_000);
    PageWriter page = new PageWriter();
    page.write(big);
    assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), page.bytes());
  }

  private static List<String> split(String text, Random random) {
    List<String> pieces = new java.util.ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      // Short pieces as templates write them, and long ones as rendered Markdown arrives.
      int end = Math.min(text.length(), at + 1 + random.nextInt(random.nextBoolean() ? 8 : 150));
      pieces.add(text.substring(at, end));
      at = end;
    }
    return pieces;
  }
}
