package dev.bulletin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir Path root;

  @Test
  void theGeneratedCorpusPassesCheckWithoutAnyDiagnostic() {
    Path content = root.resolve("content");
    new CorpusGenerator(1).write(content, 500);
    BuildOptions options = new BuildOptions(content, Path.of("templates").toAbsolutePath(),
        root.resolve("site"), Optional.empty(), false, true);
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      Report report = bulletin.check(options);
      assertEquals("[]", report.diagnostics().toString());
      assertEquals(500, report.cases());
      assertEquals(400, report.keywords());
      assertTrue(report.issues() >= 500 / 60 && report.issues() <= 500 / 40 + 1,
          "issues: " + report.issues());
    }
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    new CorpusGenerator(5).write(root.resolve("a"), 120);
    new CorpusGenerator(5).write(root.resolve("b"), 120);
    new CorpusGenerator(6).write(root.resolve("c"), 120);
    assertEquals(files(root.resolve("a")), files(root.resolve("b")));
    assertNotEquals(files(root.resolve("a")), files(root.resolve("c")));
  }

  @Test
  void casesHaveTheShapeTheBenchmarkPromises() throws IOException {
    new CorpusGenerator(9).write(root.resolve("d"), 200);
    for (String text : files(root.resolve("d")).entrySet().stream()
        .filter(e -> e.getKey().startsWith("cases/")).map(Map.Entry::getValue).toList()) {
      String keywords = text.lines().filter(l -> l.startsWith("keywords: ")).findFirst()
          .orElseThrow();
      int count = keywords.split("\", \"").length;
      assertTrue(count >= 4 && count <= 7, keywords);
      String body = text.substring(text.indexOf("\n---\n") + 5);
      int words = body.split("\\s+").length;
      assertTrue(words >= 200 && words <= 520, "response words: " + words);
      assertTrue(body.contains("\n- ") && body.contains("\n> ") && body.contains("]("), body);
    }
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        texts.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    }
    return texts;
  }
}
