package dev.bulletin.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.output.MemoryPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden folders under {@code src/test/resources/golden/<name>/}: {@code content/} and
 * {@code templates/} are built and every output file must equal the one in {@code expected/}.
 * Run with {@code -Dbulletin.updateGolden=true} to rewrite {@code expected/} after an intended
 * change, then review the diff.
 */
class GoldenSiteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"tiny"})
  void outputMatchesTheExpectedFiles(String name) throws IOException {
    Path root = GOLDEN.resolve(name);
    BuildOptions options = new BuildOptions(root.resolve("content"), root.resolve("templates"),
        root.resolve("unused-output"), Optional.empty(), false, false);
    MemoryPublisher publisher = new MemoryPublisher();
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      Report report = bulletin.renderTo(options, publisher);
      assertTrue(report.ok(), () -> report.diagnostics().toString());
    }
    Map<String, String> actual = new TreeMap<>();
    publisher.pages().forEach((path, bytes) -> {
      // An asset the fixture inherits unchanged from the built-in theme is the theme's file,
      // not this fixture's output: compared here, every change to the theme's CSS or script
      // would mean rewriting the golden files.
      if (!path.startsWith("assets/") || !inherited(path, bytes)) {
        actual.put(path, new String(bytes, StandardCharsets.UTF_8));
      }
    });
    Path expectedRoot = root.resolve("expected");
    if (Boolean.getBoolean("bulletin.updateGolden")) {
      rewrite(expectedRoot, actual);
    }
    Map<String, String> expected = read(expectedRoot);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "files");
    expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
  }

  private static boolean inherited(String path, byte[] bytes) {
    Path builtIn = Path.of("templates").resolve(path);
    try {
      return Files.isRegularFile(builtIn) && java.util.Arrays.equals(Files.readAllBytes(builtIn),
          bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path root, Map<String, String> files) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
