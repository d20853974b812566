package dev.bulletin.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.output.MemoryPublisher;
import dev.bulletin.output.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every incremental result is compared, file by file, with a fresh full build. */
class IncrementalBuilderTest {
  @TempDir Path root;
  private Path content;
  private Path templates;
  private BuildOptions options;
  private ForkJoinPool pool;
  private IncrementalBuilder builder;

  @BeforeEach
  void generate() throws IOException {
    content = root.resolve("content");
    templates = root.resolve("templates");
    new CorpusGenerator(7).write(content, 300);
    copyTree(Path.of("templates"), templates);
    options = new BuildOptions(content, templates, root.resolve("site"), Optional.empty(),
        false, false);
    pool = new ForkJoinPool(2);
    builder = new IncrementalBuilder(options, pool);
    Changes first = builder.build();
    assertTrue(first.published(), () -> first.diagnostics().toString());
    assertSameAsFullBuild();
  }

  @AfterEach
  void stop() {
    pool.shutdown();
  }

  @Test
  void editingACaseResponseRewritesItsPageAndMatchesAFullBuild() throws IOException {
    Path file = aCase(10);
    replace(file, "\n## ", "\nAn added sentence with “quotes” and *emphasis*.\n\n## ");
    Changes changes = update(Set.of(file));
    assertTrue(changes.written().stream().anyMatch(p -> p.startsWith("cases/")), changes::toString);
    assertTrue(changes.deleted().isEmpty());
    assertSameAsFullBuild();
  }

  @Test
  void changingKeywordsMovesTheCaseBetweenKeywordPages() throws IOException {
    Path file = aCase(20);
    String text = Files.readString(file);
    String line = text.lines().filter(l -> l.startsWith("keywords: ")).findFirst().orElseThrow();
    replace(file, line, "keywords: [\"Sanctions in the Sahel\", \"Grain and children\"]");
    Changes changes = update(Set.of(file));
    assertTrue(changes.written().contains("keywords/sanctions-in-the-sahel/index.html"),
        changes::toString);
    assertSameAsFullBuild();
  }

  @Test
  void addingAndDeletingCasesAddsAndDeletesTheirPages() throws IOException {
    Path original = aCase(30);
    Path copy = original.resolveSibling("a-brand-new-case.md");
    Files.writeString(copy, Files.readString(original).replaceFirst("title: \"",
        "title: \"New: "));
    Changes added = update(Set.of(copy));
    assertTrue(added.written().contains("cases/a-brand-new-case/index.html"), added::toString);
    assertSameAsFullBuild();

    Files.delete(copy);
    Changes deleted = update(Set.of(copy));
    // One case fewer may also leave the search index a chunk of case details fewer.
    assertEquals(List.of("cases/a-brand-new-case/index.html"), deleted.deleted().stream()
        .filter(path -> !path.startsWith("search/")).toList());
    assertSameAsFullBuild();
  }

  @Test
  void aLinkThatStartsToResolveIsRenderedAgainDespiteTheCachedMarkdown() throws IOException {
    Path linker = aCase(40).resolveSibling("linker.md");
    Files.writeString(linker, Files.readString(aCase(40))
        .replace("\n## ", "\nSee [the follow-up](later-case.md).\n\n## "));
    Changes broken = update(Set.of(linker));
    assertFalse(broken.published());
    assertTrue(broken.diagnostics().stream().anyMatch(d -> d.message().contains("leads nowhere")));

    Path target = linker.resolveSibling("later-case.md");
    Files.writeString(target, Files.readString(aCase(41)));
    Changes fixed = update(Set.of(target));
    assertTrue(fixed.published(), fixed::toString);
    assertSameAsFullBuild();
    String page = new String(builder.pages().get("cases/linker/index.html").bytes(),
        StandardCharsets.UTF_8);
    assertTrue(page.contains("href=\"/bulletin/cases/later-case/\""), page);
  }

  @Test
  void anImageRedrawnAtAnotherSizeIsShownAtItsNewSizeDespiteTheCachedMarkdown()
      throws IOException {
    Path chart = content.resolve("media/chart.png");
    Files.createDirectories(chart.getParent());
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 300,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
    Path file = aCase(50);
    replace(file, "\n## ", "\n![A chart](/media/chart.png)\n\n## ");
    assertTrue(update(Set.of(chart, file)).published());
    assertSameAsFullBuild();

    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
    Changes redrawn = update(Set.of(chart));
    assertTrue(redrawn.published(), redrawn::toString);
    assertSameAsFullBuild();
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
    String page = new String(builder.pages().get("cases/" + slug + "/index.html").bytes(),
        StandardCharsets.UTF_8);
    assertTrue(page.contains("width=\"640\" height=\"480\""), page);
  }

  @Test
  void editingAnIssueATemplateAndTheVocabularyMatchesAFullBuild() throws IOException {
    Path issue = content.resolve("issues/3.md");
    replace(issue, "title: \"", "title: \"Edited: ");
    update(Set.of(issue));
    assertSameAsFullBuild();

    Path layout = templates.resolve("layout.ftlh");
    replace(layout, "</footer>", "<!-- edited --></footer>");
    Changes changes = update(Set.of(layout));
    // Every page made with the layout; newsletters have a layout of their own (for mail).
    assertEquals(builder.pages().keySet().stream()
        .filter(p -> p.endsWith(".html") && !p.endsWith("/email.html")).count(),
        changes.written().size());
    assertSameAsFullBuild();

    Path keywords = content.resolve("keywords.yml");
    replace(keywords, "- name: \"NATO\"\n  description: \"",
        "- name: \"NATO\"\n  description: \"Edited. ");
    assertTrue(update(Set.of(keywords)).written().contains("keywords/nato/index.html"));
    assertSameAsFullBuild();
  }

  @Test
  void aPageWhoseTemplateReadsTheWholeSiteIsRenderedAgain() throws IOException {
    // The 404 page has no values of its own, so only tracking its use of `data` keeps it fresh.
    Path notFound = templates.resolve("404.ftlh");
    replace(notFound, "<h1>", "<p class=\"total\">${data.cases?size} cases</p><h1>");
    update(Set.of(notFound));
    assertSameAsFullBuild();
    Path file = anUnlinkedCase(30);
    Files.delete(file);
    Changes changes = update(Set.of(file));
    assertTrue(changes.written().contains("404.html"), changes::toString);
    assertSameAsFullBuild();
  }

  @Test
  void aSettingsFileThatComesBackIsReadAgain() throws IOException {
    Path authors = content.resolve("authors.yml");
    String text = Files.readString(authors);
    Files.delete(authors);
    Changes without = update(Set.of(authors));
    assertFalse(without.published(), "cases name authors that no longer exist");
    Files.writeString(authors, text);
    Changes restored = update(Set.of(authors));
    assertTrue(restored.published(), restored::toString);
    assertSameAsFullBuild();
  }

  @Test
  void anUnchangedUpdateWritesNothing() {
    Changes changes = update(Set.of(aCase(5)));
    assertTrue(changes.isEmpty(), changes::toString);
  }

  @Test
  void thePreviewReportsEverythingCheckReports() throws IOException {
    // An unknown keyword fails validation and a broken link fails assembly: both are shown.
    Path file = aCase(12);
    String text = Files.readString(file);
    String line = text.lines().filter(l -> l.startsWith("keywords: ")).findFirst().orElseThrow();
    Files.writeString(file, text.replace(line, "keywords: [\"No such keyword\"]")
        .replace("\n## ", "\nSee [the lost case](no-such-case.md).\n\n## "));
    Changes changes = update(Set.of(file));
    assertFalse(changes.published());
    assertTrue(changes.diagnostics().stream().anyMatch(d -> d.message().contains("leads nowhere")),
        changes::toString);
    assertTrue(changes.diagnostics().stream().anyMatch(d -> d.message().contains("keyword")),
        changes::toString);
  }

  /** Updates the builder and checks that it reports exactly what `check` reports. */
  private Changes update(Set<Path> changed) {
    Changes changes = builder.update(changed);
    Report check;
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      check = bulletin.check(options);
    }
    assertEquals(check.diagnostics(), changes.diagnostics());
    return changes;
  }

  private void assertSameAsFullBuild() {
    MemoryPublisher full = new MemoryPublisher();
    Report report;
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      report = bulletin.renderTo(options, full);
    }
    assertTrue(report.published(), () -> report.diagnostics().toString());
    Map<String, byte[]> expected = full.pages();
    Map<String, Page> actual = builder.pages();
    assertEquals(expected.keySet(), new java.util.TreeSet<>(actual.keySet()));
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path).bytes(), path));
  }

  /** The first case from {@code index} on that no other case links to: deleting it is clean. */
  private Path anUnlinkedCase(int index) throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      cases = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<String> texts = new java.util.ArrayList<>();
    for (Path file : cases) {
      texts.add(Files.readString(file));
    }
    for (Path candidate : cases.subList(index, cases.size())) {
      String link = "/" + candidate.getFileName() + ")";
      if (texts.stream().noneMatch(text -> text.contains(link))) {
        return candidate;
      }
    }
    throw new AssertionError("every case from " + index + " on is linked");
  }

  private Path aCase(int index) {
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().skip(index).findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " lacks " + from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.naturalOrder())::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
