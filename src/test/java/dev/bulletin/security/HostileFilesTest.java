package dev.bulletin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import dev.bulletin.source.YamlParser;
import dev.bulletin.validate.ContentFixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that try to reach outside the content folder, run code or exhaust memory. */
class HostileFilesTest {
  @TempDir Path temp;

  private List<String> check(Path content) {
    try (Bulletin bulletin = new Bulletin(temp, 2)) {
      Report report = bulletin.check(new BuildOptions(content, Path.of("templates"),
          temp.resolve("site"), Optional.empty(), false, false));
      return report.diagnostics().stream().map(d -> d.format(content)).toList();
    }
  }

  private Path outsideCase() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path secret = outside.resolve("secret.md");
    Files.writeString(secret, Files.readString(ContentFixtures.INVALID
        .resolve("_base/content/cases/2026/nato-base.md")).replace("NATO is building a base",
        "SECRET"));
    return secret;
  }

  @Test
  void aCaseLinkedFromOutsideIsRefusedAndNotRead() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    Path link = content.resolve("cases/2026/linked.md");
    Files.createSymbolicLink(link, outsideCase());
    List<String> problems = check(content);
    assertEquals(List.of("cases/2026/linked.md:1:1: error: this symbolic link leads outside"
        + " the content folder; copy the file into the content folder instead"), problems);
    try (Bulletin bulletin = new Bulletin(temp, 1)) {
      Diagnostics diagnostics = new Diagnostics();
      Site site = bulletin.load(new BuildOptions(content, Path.of("templates"),
          temp.resolve("site"), Optional.empty(), false, false), diagnostics).orElseThrow();
      assertTrue(site.cases().stream().noneMatch(c -> c.title().equals("SECRET")));
    }
  }

  @Test
  void aFolderLinkedFromOutsideIsRefused() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    outsideCase();
    Files.createSymbolicLink(content.resolve("cases/elsewhere"), temp.resolve("outside"));
    assertEquals(List.of("cases/elsewhere:1:1: error: this symbolic link leads outside the"
        + " content folder; copy the file into the content folder instead"), check(content));
  }

  @Test
  void siteYmlLinkedFromOutsideIsRefusedAndNotRead() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    Path outside = Files.createDirectories(temp.resolve("outside")).resolve("site.yml");
    Files.move(content.resolve("site.yml"), outside);
    Files.createSymbolicLink(content.resolve("site.yml"), outside);
    try (Bulletin bulletin = new Bulletin(temp, 1)) {
      Diagnostics diagnostics = new Diagnostics();
      Optional<Site> site = bulletin.load(new BuildOptions(content, Path.of("templates"),
          temp.resolve("site"), Optional.empty(), false, false), diagnostics);
      assertTrue(site.isEmpty(), "site.yml outside the content folder was read");
      assertEquals(List.of("site.yml:1:1: error: this symbolic link leads outside the content"
          + " folder; copy the file into the content folder instead"),
          diagnostics.sorted().stream().map(d -> d.format(content)).toList());
    }
  }

  @Test
  void aLinkThatStaysInsideIsFollowed() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    Path shared = Files.createDirectories(content.resolve("shared"));
    Files.move(content.resolve("cases/2026/nato-base.md"), shared.resolve("nato-base.md"));
    Files.createSymbolicLink(content.resolve("cases/2026/nato-base.md"),
        shared.resolve("nato-base.md"));
    assertEquals(List.of(), check(content));
  }

  @Test
  void classInstantiatingTagsAreRefusedAndNothingIsContacted() throws IOException {
    try (ServerSocket listener = new ServerSocket(0)) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
      String yaml = "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
          + " [[!!java.net.URL [\"" + url + "\"]]]]\n";
      Diagnostics diagnostics = new Diagnostics();
      assertTrue(new YamlParser().parse(Path.of("x.md"), yaml, 2, diagnostics).isEmpty());
      assertEquals(List.of("x.md:2:8: error: YAML tags such as"
          + " `!!javax.script.ScriptEngineManager` are not allowed: content is data, never"
          + " code; write plain values without `!!` or `!`."), formatted(diagnostics));
      listener.setSoTimeout(200);
      assertThrows(SocketTimeoutException.class, listener::accept,
          "the YAML made the build open a connection");
    }
  }

  @Test
  void localTagsAreRefusedToo() {
    Diagnostics diagnostics = new Diagnostics();
    new YamlParser().parse(Path.of("x.md"), "title: !shell rm -rf /\n", 2, diagnostics);
    assertEquals(List.of("x.md:2:8: error: YAML tags such as `!shell` are not allowed: content"
        + " is data, never code; write plain values without `!!` or `!`."),
        formatted(diagnostics));
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))))
          .append("]\n");
    }
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(new YamlParser().parse(Path.of("x.md"), yaml.toString(), 2, diagnostics)
        .isEmpty());
    assertEquals(List.of("x.md:2:1: error: anchors and aliases (`&name` and `*name`) of lists"
        + " or sets of keys are not allowed; write the values out in full."),
        formatted(diagnostics));
  }

  @Test
  void scalarAliasBombStaysBounded() {
    StringBuilder yaml = new StringBuilder("a: &a lol\nb: [");
    yaml.append(String.join(", ", java.util.Collections.nCopies(120_000, "*a"))).append("]\n");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(new YamlParser().parse(Path.of("x.md"), yaml.toString(), 2, diagnostics)
        .isEmpty());
    assertEquals(1, diagnostics.sorted().size());
    assertTrue(diagnostics.sorted().get(0).message().startsWith("the value anchored here is"
        + " repeated through aliases"), diagnostics.sorted()::toString);
  }

  @Test
  void hugeDocumentsAreRefused() {
    String yaml = "title: " + "x".repeat(1_100_000) + "\n";
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(new YamlParser().parse(Path.of("x.md"), yaml, 2, diagnostics).isEmpty());
    assertEquals(List.of("x.md:2:1: error: the YAML is too large; keep it under a megabyte."),
        formatted(diagnostics));
  }

  @Test
  void deepNestingIsRefused() {
    String yaml = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(new YamlParser().parse(Path.of("x.md"), yaml, 2, diagnostics).isEmpty());
    assertEquals(1, diagnostics.sorted().size(), formatted(diagnostics).toString());
  }

  @Test
  void pagesCannotLeaveTheOutput() {
    for (String path : List.of("../x.html", "/etc/passwd", "a/../../x", "a\\..\\x")) {
      assertThrows(IllegalArgumentException.class, () -> new Page(path, new byte[0]), path);
    }
  }

  private static List<String> formatted(Diagnostics diagnostics) {
    return diagnostics.sorted().stream().map(d -> d.format(Path.of(""))).toList();
  }

  @Test
  void aMegabyteOfAliasesStopsAtTheBudgetWithOneMessage() throws IOException {
    // Every alias used to be checked and reported as a value of its own: a 100 KB keywords
    // file took minutes and printed hundreds of megabytes. Now the document stops at the
    // budget, so the work is bounded by the file's size (composing it) and nothing more.
    Path content = ContentFixtures.invalidContent("_none", temp.resolve("aliases"));
    StringBuilder keywords = new StringBuilder(Files.readString(content.resolve("keywords.yml")));
    keywords.append("- name: &k \"Sanctions and more sanctions\"\n");
    while (keywords.length() < 1_000_000) {
      keywords.append("- name: *k\n");
    }
    Files.writeString(content.resolve("keywords.yml"), keywords);
    List<String> problems = check(content);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).endsWith(": error: the value anchored here is repeated through"
        + " aliases (`*name`) more than 100 times in this file; write the values out in full."),
        problems.get(0));
  }

  @Test
  void theSameProblemAtTheSamePlaceIsReportedOnce() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp.resolve("repeats"));
    Path file;
    try (var files = Files.list(content.resolve("cases/2026"))) {
      file = files.sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(file);
    String line = text.lines().filter(l -> l.startsWith("keywords:")).findFirst().orElseThrow();
    Files.writeString(file, text.replace(line, "keywords: [&u \"No such keyword\"" + ", *u"
        .repeat(50) + "]"));
    List<String> problems = check(content);
    assertEquals(1, problems.stream().filter(p -> p.contains("unknown keyword")).count(),
        problems::toString);
  }
}
