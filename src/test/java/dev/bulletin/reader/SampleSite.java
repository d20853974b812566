package dev.bulletin.reader;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.testing.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's own sample bulletin, built once per test run into a temporary folder and
 * shared by the reader, render and browser tests, which only read it.
 */
public final class SampleSite {
  private static Path output;

  private SampleSite() {}

  /** The project folder: Maven runs tests there. */
  public static Path projectRoot() {
    return Path.of("").toAbsolutePath();
  }

  /** The built sample site's output folder. */
  public static synchronized Path output() {
    if (output == null) {
      try {
        Path folder = Files.createTempDirectory("bulletin-sample-").resolve("site");
        output = build(projectRoot().resolve(Sample.CONTENT), folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }

  /** Builds {@code content} with the project's templates into {@code folder}. */
  public static Path build(Path content, Path folder) {
    BuildOptions options = BuildOptions.defaults(projectRoot()).withOutput(folder);
    options = new BuildOptions(content, options.templates(), folder, options.baseUrl(), false,
        false);
    try (Bulletin bulletin = new Bulletin(projectRoot(), 2)) {
      Report report = bulletin.build(options);
      assertTrue(report.published(), () -> "the site did not build: " + report);
    }
    return folder;
  }

  /** Site-relative paths of every file of the built site with this extension, sorted. */
  public static List<String> files(Path site, String extension) {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(Files::isRegularFile)
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path site, String path) {
    try {
      return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the sample content into {@code target}, for tests that change it. */
  public static Path copyContent(Path target) {
    return Folders.copy(projectRoot().resolve(Sample.CONTENT), target);
  }
}
