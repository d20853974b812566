package dev.bulletin.cli;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.BulletinException;
import dev.bulletin.Report;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.testing.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin new case|issue} against a copy of the sample content. */
class NewCommandTest {
  @TempDir Path project;
  private Path content;

  @BeforeEach
  void copySample() throws IOException {
    Folders.copy(Sample.CONTENT, project.resolve("content"));
    Folders.copy(Path.of("templates"), project.resolve("templates"));
    content = project.resolve("content");
  }

  @Test
  void writesAnIssueAndACaseThatPassCheckAndPrintsTheirPaths() {
    Report beforeReport = check(false);
    List<String> before = messages(beforeReport);
    List<String> previewBefore = messages(check(true));
    Result issue = run("new", "issue", "--content", content.toString());
    Result kase = run("new", "case", "Ukraine \"sells\" café: a test\\path", "--content",
        content.toString());

    assertEquals(0, issue.code, issue.err);
    assertEquals(0, kase.code, kase.err);
    Path issueFile = Path.of(issue.out.strip());
    Path caseFile = Path.of(kase.out.strip());
    assertEquals(content.resolve("issues/312.md").toAbsolutePath(), issueFile);
    assertTrue(caseFile.startsWith(content.resolve("cases")), caseFile.toString());
    assertEquals("ukraine-sells-cafe-a-test-path.md", caseFile.getFileName().toString());
    assertTrue(Files.isRegularFile(issueFile) && Files.isRegularFile(caseFile));

    // Nothing to fix while the case is a draft; only the new issue waits for it.
    Report after = check(false);
    assertEquals(0, after.errorCount(), after.diagnostics().toString());
    assertEquals(List.of("content/issues/312.md:2:9: warning: issue 312 has no published cases"
        + " yet, only 1 draft; remove `draft: true` from the cases that are ready before the"
        + " issue is published [issue-without-cases]"), added(before, after));
    assertEquals(beforeReport.issues() + 1, after.issues());
    // Previewed with --drafts, each placeholder is a warning, so the preview still shows it.
    Report preview = check(true);
    assertEquals(0, preview.errorCount(), preview.diagnostics().toString());
    List<String> placeholders = added(previewBefore, preview);
    assertEquals(6, placeholders.size(), placeholders::toString);
    assertTrue(placeholders.stream().allMatch(line -> line.contains(": warning: ")
        && line.contains(" still holds the placeholder ")), placeholders::toString);
  }

  @Test
  void aPublishedCaseWithPlaceholdersLeftFailsCheckAtEachOne() throws IOException {
    Path file = new ContentScaffold(content, clockAt(LocalDate.of(2026, 11, 9)))
        .newCase("A headline", OptionalInt.empty());
    String text = Files.readString(file);
    // The editor writes the claim above the placeholder line and removes `draft: true`.
    text = text.replace("claim: |\n", "claim: |\n  The claim in the editor's words.\n")
        .replace("draft: true\n", "");
    Files.writeString(file, text);

    Result checked = run("check", "--content", content.toString());

    assertEquals(ExitCodes.CONTENT_ERRORS, checked.code, checked.err);
    String path = content.relativize(file).toString();
    String tail = " written by `bulletin new case`; replace it with ";
    assertEquals(Stream.of(
        "7:13: error: `languages` still holds the placeholder `Language of the claim`" + tail
            + "the languages the claim was published in, like `languages: [Russian]`",
        "8:13: error: `countries` still holds the placeholder `Country the claim is about`"
            + tail + "the countries the claim is about, like `countries: [Ukraine]`",
        "9:12: error: `keywords` still holds the placeholder `Keyword from keywords.yml`" + tail
            + "keywords from keywords.yml, like `keywords: [NATO]`",
        "10:8: error: `claim` still holds the placeholder `Summarise the claim as it was"
            + " published.`" + tail + "the claim as it was published, summarised in your words",
        "14:13: error: `outlet` still holds the placeholder `Where the claim appeared`" + tail
            + "the outlet that published the claim, like `outlet: Example News`",
        "16:1: error: the response still holds the placeholder `Write the response here: what is"
            + " true, what is false and the evidence for each.`" + tail + "the response: what"
            + " is true, what is false and the evidence")
        .map(line -> path + ":" + line).toList(),
        checked.err.lines().filter(line -> line.contains(path))
            .map(line -> line.replace(content.toAbsolutePath() + "/", "")).toList());
  }

  @Test
  void refusesToOverwriteACase() throws IOException {
    Result first = run("new", "case", "A headline", "--content", content.toString());
    Path file = Path.of(first.out.strip());
    Files.writeString(file, "edited", java.nio.file.StandardOpenOption.APPEND);
    String edited = Files.readString(file);

    Result second = run("new", "case", "A headline!", "--content", content.toString());
    assertEquals(ExitCodes.USAGE, second.code);
    assertTrue(second.err.contains("refusing to overwrite"), second.err);
    assertEquals(edited, Files.readString(file));
  }

  @Test
  void refusesAnIssueThatDoesNotExist() {
    Result result = run("new", "case", "A headline", "--issue", "999", "--content",
        content.toString());
    assertEquals(ExitCodes.USAGE, result.code);
    assertTrue(result.err.contains("issue 999 does not exist"), result.err);
  }

  @Test
  void theCaseHasTheGivenHeadlineDateAndIssueAndIsADraft() {
    Clock clock = Clock.fixed(LocalDate.of(2027, 1, 3).atStartOfDay().toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC);
    Path file = new ContentScaffold(content, clock)
        .newCase("Ukraine \"sells\" café: a test\\path", OptionalInt.of(310));
    assertEquals(content.resolve("cases/2027/ukraine-sells-cafe-a-test-path.md"), file);

    Case kase = load(true).cases().stream()
        .filter(c -> c.slug().equals("ukraine-sells-cafe-a-test-path")).findFirst().orElseThrow();
    assertEquals("Ukraine \"sells\" café: a test\\path", kase.title());
    assertEquals(310, kase.issue());
    assertEquals(LocalDate.of(2027, 1, 3), kase.date());
    assertTrue(kase.draft());
    assertTrue(load(false).cases().stream().noneMatch(c -> c.slug().equals(kase.slug())),
        "a new case is not published until `draft: true` is removed");
  }

  @Test
  void theNextIssueIsAWeekAfterTheLatestOrTodayWhenThatWeekHasPassed() throws IOException {
    Path soon = new ContentScaffold(content, clockAt(LocalDate.of(2026, 11, 14))).newIssue();
    assertTrue(Files.readString(soon).contains("number: 312\ndate: 2026-11-19\n"));

    Path late = new ContentScaffold(content, clockAt(LocalDate.of(2027, 2, 1))).newIssue();
    assertEquals(content.resolve("issues/313.md"), late);
    assertTrue(Files.readString(late).contains("number: 313\ndate: 2027-02-01\n"));
  }

  @Test
  void aHeadlineWithoutLettersIsRefused() {
    assertThrows(BulletinException.class, () -> ContentScaffold.slug("?!"));
    assertEquals("ab-c", ContentScaffold.slug("  AB, c? "));
  }

  private static Clock clockAt(LocalDate date) {
    return Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  private Report check(boolean drafts) {
    try (Bulletin bulletin = new Bulletin(project, 2)) {
      return bulletin.check(BuildOptions.defaults(project).withDrafts(drafts));
    }
  }

  private List<String> messages(Report report) {
    return report.diagnostics().stream().map(d -> d.format(project)).toList();
  }

  /** The lines {@code after} prints that {@code before} did not. */
  private List<String> added(List<String> before, Report after) {
    List<String> added = new ArrayList<>(messages(after));
    added.removeAll(before);
    return added;
  }

  private Site load(boolean drafts) {
    try (Bulletin bulletin = new Bulletin(project, 2)) {
      return bulletin.load(BuildOptions.defaults(project).withDrafts(drafts), new Diagnostics())
          .orElseThrow();
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
