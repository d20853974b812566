package dev.bulletin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where front matter ends and the body starts, including at the edges of the text. */
class FrontMatterSplitTest {
  private static final Path FILE = Path.of("cases/a.md");
  private final FrontMatterParser parser = new FrontMatterParser(new YamlParser());

  @Test
  void bodyIsEverythingAfterTheClosingFence() {
    FrontMatterDocument doc = parse("---\ntitle: A\nissue: 1\n---\nFirst line.\n\nSecond.\n");
    assertEquals("First line.\n\nSecond.\n", doc.body());
    assertEquals(5, doc.bodyLine());
    assertEquals("A", ((YamlScalar) doc.frontMatter().get("title").orElseThrow()).value());
  }

  @Test
  void closingFenceAtTheEndGivesAnEmptyBody() {
    assertEquals("", parse("---\ntitle: A\n---").body());
    assertEquals("", parse("---\ntitle: A\n---\n").body());
    assertEquals("\n", parse("---\ntitle: A\n--- \n\n").body());
  }

  @Test
  void emptyFrontMatterIsAnEmptyMap() {
    FrontMatterDocument doc = parse("---\n---\nBody");
    assertTrue(doc.frontMatter().entries().isEmpty());
    assertEquals("Body", doc.body());
    assertEquals(3, doc.bodyLine());
  }

  @Test
  void unclosedOrMissingFrontMatterIsReported() {
    for (String text : List.of("---\ntitle: A\n", "---", "title: A\n---\n")) {
      Diagnostics diagnostics = new Diagnostics();
      assertTrue(parser.parse(FILE, text, diagnostics).isEmpty(), text);
      assertEquals(1, diagnostics.sorted().size(), text);
    }
  }

  private FrontMatterDocument parse(String text) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<FrontMatterDocument> doc = parser.parse(FILE, text, diagnostics);
    assertTrue(diagnostics.sorted().isEmpty(), () -> diagnostics.sorted().toString());
    return doc.orElseThrow();
  }
}
