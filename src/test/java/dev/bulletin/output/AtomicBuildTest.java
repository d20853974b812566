package dev.bulletin.output;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.validate.ContentFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces the published site only when everything succeeded: failures, crashes and
 * deleted content never leave a half-published or stale site, and builds are reproducible.
 */
class AtomicBuildTest {
  @TempDir Path temp;
  Path content;
  Path templates;
  Path output;

  @BeforeEach
  void copySample() {
    content = temp.resolve("content");
    templates = temp.resolve("templates");
    output = temp.resolve("site");
    ContentFixtures.copyTree(Sample.CONTENT, content);
    ContentFixtures.copyTree(Path.of("templates"), templates);
  }

  private Report build(Path out) {
    try (Bulletin bulletin = new Bulletin(temp, 2)) {
      return bulletin.build(new BuildOptions(content, templates, out, Optional.empty(), false,
          false));
    }
  }

  private String firstCaseSlug() throws IOException {
    try (var files = Files.list(content.resolve("cases/2026"))) {
      String name = files.map(p -> p.getFileName().toString()).sorted().findFirst()
          .orElseThrow();
      return name.substring(0, name.length() - ".md".length());
    }
  }

  @Test
  void aTemplateFailingOnOnePageLeavesThePreviousSiteUntouched() throws IOException {
    assertTrue(build(output).published());
    Map<String, String> before = SiteFiles.read(output);
    String slug = firstCaseSlug();
    Path caseTemplate = templates.resolve("case.ftlh");
    Files.writeString(caseTemplate, "<#if path?contains(\"" + slug + "\")>${noSuchValue}</#if>"
        + Files.readString(caseTemplate));
    Files.writeString(content.resolve("pages/about.md"), "---\ntitle: Changed\n---\nNew.\n");

    Report failed = build(output);

    assertFalse(failed.published());
    assertEquals(1, failed.errorCount(), failed.diagnostics().toString());
    assertTrue(failed.diagnostics().get(0).file().endsWith("case.ftlh"));
    assertEquals(before, SiteFiles.read(output));
    assertEquals(List.of("site"), SiteFiles.namesStartingWith(temp, "site").stream()
        .toList());
    assertEquals(List.of(), leftovers());
  }

  @Test
  void contentErrorsWriteNothing() throws IOException {
    assertTrue(build(output).published());
    Map<String, String> before = SiteFiles.read(output);
    Files.writeString(content.resolve("cases/2026/broken.md"), "---\ntitle: [\n---\n");
    Report failed = build(output);
    assertFalse(failed.published());
    assertEquals(before, SiteFiles.read(output));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aSinkFailingMidwayLeavesThePreviousSiteAndNoStagingFolder() {
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("index.html", "old home"));
      publisher.accept(page("cases/a/index.html", "old a"));
      publisher.commit();
    }
    Map<String, String> before = SiteFiles.read(output);
    assertThrows(IllegalStateException.class, () -> {
      try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
        publisher.accept(page("index.html", "new home"));
        publisher.accept(page("cases/a/index.html", "old a"));
        throw new IllegalStateException("renderer crashed");
      }
    });
    assertEquals(before, SiteFiles.read(output));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void unchangedPagesAreLinkedNotRewrittenAndTheOldSiteIsNeverWrittenThrough()
      throws IOException {
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("a.html", "same"));
      publisher.commit();
    }
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("a.html", "same"));
      assertThrows(RuntimeException.class, () -> publisher.accept(page("a.html", "other")));
      assertEquals(0, publisher.changedFiles());
    }
    assertEquals("same", Files.readString(output.resolve("a.html")));
  }

  @Test
  void leftoversOfACrashedBuildAreCleanedOrRecovered() throws IOException {
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("index.html", "home"));
      publisher.commit();
    }
    // A build killed after moving the old site aside, before moving the new one in.
    Files.move(output, temp.resolve(".site.retired-123"));
    Files.createDirectories(temp.resolve(".site.staging-456/cases"));
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      assertEquals("home", Files.readString(output.resolve("index.html")),
          "the old site is back before anything else happens");
      publisher.accept(page("index.html", "new home"));
      publisher.commit();
    }
    assertEquals(Map.of("index.html", "new home", SiteMarker.NAME, SiteMarker.TEXT),
        SiteFiles.read(output));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aDeletedCaseDoesNotSurviveARebuild() throws IOException {
    String slug = firstCaseSlug();
    assertTrue(build(output).published());
    assertTrue(Files.exists(output.resolve("cases/" + slug + "/index.html")));
    Files.delete(content.resolve("cases/2026/" + slug + ".md"));
    Report report = build(output);
    assertTrue(report.published(), report.diagnostics().toString());
    assertFalse(Files.exists(output.resolve("cases/" + slug)));
    SiteFiles.read(output).forEach((path, bytes) ->
        assertFalse(bytes.contains("cases/" + slug + "/"), path + " still links the case"));
  }

  @Test
  void twoBuildsAreByteIdentical() {
    assertTrue(build(temp.resolve("one")).published());
    assertTrue(build(temp.resolve("two")).published());
    Map<String, String> one = SiteFiles.read(temp.resolve("one"));
    assertTrue(one.size() > 50, "the sample site has " + one.size() + " files");
    assertEquals(one, SiteFiles.read(temp.resolve("two")));
  }

  @Test
  void twoBuildsAtOnceLeaveAWholeSiteOrOneRefuses() throws Exception {
    assertTrue(build(temp.resolve("alone")).published());
    Map<String, String> whole = SiteFiles.read(temp.resolve("alone"));
    for (int trial = 0; trial < 20; trial++) {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.Callable<String> oneBuild = () -> {
        start.await();
        try {
          return build(output).published() ? "published" : "failed";
        } catch (dev.bulletin.BulletinException busy) {
          assertTrue(busy.getMessage().startsWith("another build is publishing to " + output),
              busy.getMessage());
          return "refused";
        }
      };
      java.util.concurrent.ExecutorService two =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var first = two.submit(oneBuild);
        var second = two.submit(oneBuild);
        List<String> outcomes = List.of(first.get(), second.get());
        assertTrue(outcomes.contains("published"), outcomes::toString);
        assertFalse(outcomes.contains("failed"), outcomes::toString);
      } finally {
        two.shutdown();
      }
      assertEquals(whole, SiteFiles.read(output), "trial " + trial);
      assertEquals(List.of(), leftovers());
    }
  }

  @Test
  void aTurkishDefaultLocaleBuildsTheSameSite() {
    // Under Turkish rules "I" lower-cases to a dotless "ı": heading ids such as "industry"
    // used to disappear. The command line builds with the root locale whatever the machine's.
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
    try {
      assertEquals(0, dev.bulletin.validate.CommandLineRunner.run("build", "--content",
          content.toString(), "--templates", templates.toString(), "--output",
          temp.resolve("turkish").toString()).exitCode());
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertTrue(build(temp.resolve("root")).published());
    Map<String, String> turkish = SiteFiles.read(temp.resolve("turkish"));
    assertTrue(turkish.values().stream().anyMatch(page -> page.contains("<h3 id=\"industry\">")),
        "the sample has a heading \"Industry\"");
    assertEquals(SiteFiles.read(temp.resolve("root")), turkish);
  }

  @Test
  void anOldSiteThatCannotBeDeletedDoesNotFailThePublishedBuildAndGoesNextTime()
      throws IOException {
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("index.html", "old"));
      publisher.commit();
    }
    DirectoryPublisher.Deleter refusesRetired = tree -> {
      if (tree.getFileName().toString().contains(".retired-")) {
        throw new java.nio.file.AccessDeniedException(tree.toString());
      }
      FileTrees.delete(tree);
    };
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output, refusesRetired)) {
      publisher.accept(page("index.html", "new"));
      publisher.commit();
      assertTrue(publisher.leftover().orElseThrow().startsWith("the site is published, but the"
          + " previous one, moved to "), publisher.leftover()::toString);
    }
    assertEquals("new", Files.readString(output.resolve("index.html")));
    assertEquals(1, SiteFiles.namesStartingWith(temp, ".site.retired-").size());
    // A later build is not stopped by it either, and removes it when it can.
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output, refusesRetired)) {
      publisher.accept(page("index.html", "newer"));
      publisher.commit();
    }
    try (DirectoryPublisher publisher = DirectoryPublisher.open(output)) {
      publisher.accept(page("index.html", "newest"));
      publisher.commit();
      assertTrue(publisher.leftover().isEmpty());
    }
    assertEquals(List.of(), leftovers());
  }

  /** Staging or retired folders beside the output; the lock file stays, as locks do. */
  private List<String> leftovers() {
    return SiteFiles.namesStartingWith(temp, ".site").stream()
        .filter(name -> !name.equals(".site.lock")).toList();
  }

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
