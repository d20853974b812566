package dev.bulletin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full build rewrites only files whose bytes changed, so rsync and CDNs see stable times. */
class StableFileTimesTest {
  private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

  @Test
  void aRebuildKeepsTheTimesOfUnchangedPages(@TempDir Path root) throws IOException {
    Path content = root.resolve("content");
    new CorpusGenerator(3).write(content, 120);
    Path site = root.resolve("site");
    BuildOptions options = new BuildOptions(content, Path.of("templates").toAbsolutePath(),
        site, Optional.empty(), false, false);
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      Report first = bulletin.build(options);
      assertTrue(first.published(), () -> first.diagnostics().toString());
      List<Path> files = files(site);
      for (Path file : files) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }

      Path issue = content.resolve("issues/1.md");
      Files.writeString(issue, Files.readString(issue).replaceFirst("title: \"",
          "title: \"Edited: "));
      Report second = bulletin.build(options);
      assertTrue(second.published(), () -> second.diagnostics().toString());

      Path edited = site.resolve("issues/1/index.html");
      assertNotEquals(LONG_AGO, Files.getLastModifiedTime(edited));
      long unchanged = files(site).stream().filter(f -> !f.equals(edited))
          .filter(f -> !Files.exists(f) || timeOf(f).equals(LONG_AGO)).count();
      long rewritten = files.size() - unchanged;
      // The issue page, the issue list, the home page and the pages of that issue's cases
      // (their kicker names the issue's title) may change; nothing else.
      assertEquals(second.changedFiles(), rewritten);
      assertTrue(rewritten < files.size() / 5, "rewrote " + rewritten + " of " + files.size());
      assertEquals(first.pages(), second.pages());
    }
  }

  private static FileTime timeOf(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
