package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.output.MemoryPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy week: one issue of 60 generated cases (long headlines, responses whose first paragraph
 * stands as the summary) still makes a newsletter under Gmail's 102 KB clipping limit.
 */
class NewsletterSizeTest {
  private static final int CASES = 60;

  @Test
  void sixtyCasesStayUnderGmailsClippingLimit(@TempDir Path temp) throws IOException {
    Path content = temp.resolve("content");
    new CorpusGenerator(13L).write(content, CASES);
    // The generator makes issues of 40 to 60 cases; all of them go into the newest issue.
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content.resolve("cases"))) {
      files = walk.filter(f -> f.toString().endsWith(".md")).toList();
    }
    int latest;
    try (Stream<Path> issues = Files.list(content.resolve("issues"))) {
      latest = (int) issues.count();
    }
    for (Path file : files) {
      // Updates are dropped too: dated after the case's own issue, some would predate this one.
      Files.writeString(file, Files.readString(file).replaceFirst("(?m)^issue: \\d+$",
          "issue: " + latest).replaceFirst("(?m)^updates:\n(?:  .*\n)+", ""));
    }
    MemoryPublisher sink = new MemoryPublisher();
    try (Bulletin bulletin = new Bulletin(temp, 2)) {
      Report report = bulletin.renderTo(new BuildOptions(content, Path.of("templates"),
          temp.resolve("site"), Optional.empty(), false, false), sink);
      assertEquals(0, report.errorCount(), () -> report.diagnostics().toString());
    }
    String issue = "issues/" + latest + "/";
    byte[] html = sink.pages().get(issue + "email.html");
    String text = new String(sink.pages().get(issue + "email.txt"), StandardCharsets.UTF_8);
    assertEquals(CASES, text.lines().filter(l -> l.matches("\\d+\\. (Disinformation|Misleading|Missing context): .*"))
        .count(), "every case in the text part");
    assertEquals(CASES, new String(html, StandardCharsets.UTF_8).split("<h3 ", -1).length - 1);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/newsletter-60-cases.txt"), html.length + " bytes\n");
    assertTrue(html.length < 102 * 1024, "email.html is " + html.length + " bytes");
  }
}
