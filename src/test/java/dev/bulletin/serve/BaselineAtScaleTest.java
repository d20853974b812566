package dev.bulletin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.validate.CommandLineRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's "done when" for warnings at archive scale: an archive whose old cases have no
 * sources records them in a baseline; one new error afterwards is then all that both
 * {@code check} and the preview's error page show. CI runs it on 300 cases; the same test at
 * the size, 20,000 cases of which 2,000 have no sources, is
 * {@code mvn -o -q test -Dtest=BaselineAtScaleTest -Dbulletin.scaleCases=20000}.
 */
class BaselineAtScaleTest {
  private static final int CASES = Integer.getInteger("bulletin.scaleCases", 300);
  /** Every tenth case has no sources: 2,000 of 20,000. */
  private static final int SOURCELESS_EVERY = 10;
  private static final Pattern HIDDEN = Pattern.compile("(?m)^(\\d+) known warnings hidden by ");

  @Test
  void oneNewErrorIsAllThatCheckAndThePreviewShow(@TempDir Path root) throws Exception {
    Path content = root.resolve("content");
    new CorpusGenerator(12, SOURCELESS_EVERY).write(content, CASES);
    String dir = content.toString();
    CommandLineRunner.Output recorded =
        CommandLineRunner.run("check", "--content", dir, "--write-baseline");
    assertEquals(0, recorded.exitCode(), recorded.err());
    long sourceless = Files.readAllLines(root.resolve("bulletin-baseline.txt")).stream()
        .filter(line -> line.startsWith("missing-sources ")).count();
    assertEquals(CASES / SOURCELESS_EVERY, sourceless);

    // The new error is in a case whose known warning must stay hidden all the same.
    Path edited = firstSourcelessCase(content);
    Files.writeString(edited, Files.readString(edited)
        .replaceFirst("keywords: \\[", "keywords: [Nowhere, "));

    CommandLineRunner.Output checked = CommandLineRunner.run("check", "--content", dir);
    assertEquals(1, checked.exitCode(), checked.err());
    List<String> lines = checked.err().lines().toList();
    List<String> errors = lines.stream().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), checked.err());
    assertTrue(errors.get(0).contains(": error: unknown keyword `Nowhere`"), errors.get(0));
    assertEquals(0, lines.stream().filter(l -> l.contains(": warning: ")).count(),
        checked.err());
    int hidden = hiddenCount(checked.err());
    assertTrue(hidden >= sourceless, checked.err());

    String page = previewPage(root, content);
    assertEquals(1, count(page, "<li class=\"error\">"), page);
    assertTrue(page.contains("unknown keyword `Nowhere`"), page);
    assertEquals(0, count(page, "<li class=\"warning\">"), page);
    assertFalse(page.contains("<details>"), page);
    assertTrue(page.contains(hidden + " known warnings hidden by the baseline"), page);
  }

  /** The page the preview serves for the home page: its error page, as content has errors. */
  private static String previewPage(Path root, Path content) throws Exception {
    BuildOptions options = new BuildOptions(content, root.resolve("templates"),
        root.resolve("site"), Optional.empty(), false, false);
    try (Bulletin bulletin = new Bulletin(root, 2);
        Preview preview = Preview.start(options, 0, root,
            served -> new IncrementalRebuilder(bulletin.incremental(served)),
            (snapshot, changed) -> { })) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(preview.url())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, response.statusCode());
      return response.body();
    }
  }

  private static Path firstSourcelessCase(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted()
          .filter(f -> !read(f).contains("\nsources:\n")).findFirst().orElseThrow();
    }
  }

  private static int hiddenCount(String err) {
    Matcher matcher = HIDDEN.matcher(err);
    assertTrue(matcher.find(), err);
    return Integer.parseInt(matcher.group(1));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
