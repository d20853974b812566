package dev.bulletin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlParserTest {
  private final YamlParser parser = new YamlParser();

  @Test
  void anEmojiAtTheReadersBufferEdgeIsReadWhole() {
    // SnakeYAML reads 1,024 characters at a time; an emoji is two, and 2.3 failed when they
    // were split between two reads.
    for (int at = 1000; at < 1040; at++) {
      String title = "a".repeat(at - "title: \"".length()) + "\ud83d\ude00 end";
      Diagnostics diagnostics = new Diagnostics();
      YamlNode node = parser.parse(Path.of("x.md"), "title: \"" + title + "\"\n", 2,
          diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
      assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
      assertEquals(title, ((YamlScalar) ((YamlMap) node).get("title").orElseThrow()).value());
    }
  }
}
