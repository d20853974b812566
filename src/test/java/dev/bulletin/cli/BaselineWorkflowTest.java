package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.validate.CommandLineRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive with old sourceless cases records them in a baseline; afterwards check shows only
 * what is new, and --strict fails only on a new warning.
 */
class BaselineWorkflowTest {
  private static final Pattern SOURCES = Pattern.compile("(?ms)^sources:\\n(?:  .*?\\n)+");

  @Test
  void aBaselineHidesKnownWarningsAndNotNewOnes(@TempDir Path root) throws IOException {
    Path content = root.resolve("content");
    new CorpusGenerator(7, 10).write(content, 300);
    String dir = content.toString();

    CommandLineRunner.Output written = CommandLineRunner.run("check", "--content", dir,
        "--write-baseline");
    assertEquals(0, written.exitCode(), written.err());
    List<String> baseline = Files.readAllLines(root.resolve("bulletin-baseline.txt"));
    List<String> entries = baseline.stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(30, entries.stream().filter(l -> l.startsWith("missing-sources cases/"))
        .count());
    assertEquals(entries.stream().sorted().toList(), entries);
    String hidden = entries.size() + " known warnings hidden by " + shown(root);

    CommandLineRunner.Output clean = CommandLineRunner.run("check", "--content", dir,
        "--strict");
    assertEquals(0, clean.exitCode(), clean.err());
    assertEquals(hidden + "\n", clean.err());

    Path newWarning = withSources(content);
    Files.writeString(newWarning, SOURCES.matcher(Files.readString(newWarning))
        .replaceFirst(""));
    Path newError = withSources(content, newWarning);
    String before = Files.readString(newError);
    Files.writeString(newError, before.replaceFirst("keywords: \\[", "keywords: [Nowhere, "));

    CommandLineRunner.Output both = CommandLineRunner.run("check", "--content", dir);
    assertEquals(1, both.exitCode(), both.err());
    List<String> lines = both.err().lines().toList();
    assertEquals(1, lines.stream().filter(l -> l.contains(": error: ")).count(), both.err());
    List<String> warnings = lines.stream().filter(l -> l.contains(": warning: ")).toList();
    assertEquals(1, warnings.size(), both.err());
    assertTrue(warnings.get(0).startsWith(relative(root, newWarning) + ":")
        && warnings.get(0).endsWith(" [missing-sources]"), both.err());
    assertTrue(lines.contains(hidden), both.err());

    Files.writeString(newError, before);
    assertEquals(0, CommandLineRunner.run("check", "--content", dir).exitCode());
    CommandLineRunner.Output strict = CommandLineRunner.run("check", "--content", dir,
        "--strict");
    assertEquals(1, strict.exitCode(), strict.err());
    assertTrue(strict.err().contains("0 errors, 1 warning (--strict: warnings fail)"),
        strict.err());

    CommandLineRunner.Output other = CommandLineRunner.run("check", "--content", dir,
        "--baseline", root.resolve("none.txt").toString());
    assertEquals(entries.size() + 1,
        other.err().lines().filter(l -> l.contains(": warning: ")).count());
  }

  private static Path withSources(Path content, Path... not) throws IOException {
    try (var files = Files.walk(content.resolve("cases"))) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted()
          .filter(f -> !List.of(not).contains(f))
          .filter(f -> read(f).contains("\nsources:\n")).findFirst().orElseThrow();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String relative(Path root, Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath();
    return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
  }

  private static String shown(Path root) {
    return relative(root, root.resolve("bulletin-baseline.txt"));
  }
}
