package dev.bulletin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  @Test
  void outletsHaveTheLongTailOfARealDatabase() {
    List<CorpusGenerator.Plan> plans = new CorpusGenerator(20_000).plan(20_000, new ArrayList<>());
    Map<String, Integer> cases = new HashMap<>();
    for (CorpusGenerator.Plan plan : plans) {
      plan.outlets().stream().map(Slugs::of).distinct().forEach(s -> cases.merge(s, 1, Integer::sum));
    }
    long once = cases.values().stream().filter(n -> n == 1).count();
    // EUvsDisinfo: about 2,750 outlets for 20,000 cases, half of them with one case.
    assertTrue(cases.size() > 2_400 && cases.size() < 3_100, "outlets: " + cases.size());
    assertTrue(once > cases.size() * 0.4 && once < cases.size() * 0.6, "named once: " + once);
    int biggest = cases.values().stream().max(Integer::compare).orElseThrow();
    assertTrue(biggest > 1_000, "the head outlet carries " + biggest);
  }

  @Test
  void casesAreRatedUpdatedAndCorrected() throws IOException {
    new CorpusGenerator(9).write(root.resolve("e"), 400);
    List<String> texts = files(root.resolve("e")).entrySet().stream()
        .filter(e -> e.getKey().startsWith("cases/")).map(Map.Entry::getValue).toList();
    for (String rating : List.of("Disinformation", "Misleading", "Missing context")) {
      assertTrue(texts.stream().anyMatch(t -> t.contains("\nrating: " + rating + "\n")), rating);
    }
    assertTrue(texts.stream().anyMatch(t -> !t.contains("\nrating: ")), "some take the default");
    assertTrue(texts.stream().anyMatch(t -> t.contains("\nupdates:\n")), "some are updated");
    assertTrue(texts.stream().anyMatch(t -> t.contains("correction: true")), "some corrected");
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
