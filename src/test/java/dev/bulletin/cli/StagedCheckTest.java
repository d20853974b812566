package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --staged}, what the pre-commit hook runs: the content as the commit records it,
 * only the staged cases when only cases changed.
 */
class StagedCheckTest {
  static final String CASE = "content/cases/2026/armenia-us-building-nato-base.md";
  @TempDir Path repo;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void aCommittedBulletin() throws Exception {
    Folders.copy(Sample.CONTENT, repo.resolve("content"));
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "sample");
  }

  @Test
  void nothingStagedIsNothingToCheck() throws Exception {
    edit(CASE, "keywords: [", "keywords: [Nowhere, ");
    assertEquals(0, check(), err::toString);
    assertEquals("Nothing staged in " + repo.resolve("content") + " or "
        + repo.resolve("templates") + " to check.\n", out.toString());
  }

  @Test
  void aStagedCaseIsCheckedAsStagedAgainstTheRestWithoutReadingTheOtherCases()
      throws Exception {
    edit(CASE, "keywords: [", "keywords: [Nowhere, ");
    git(repo, "add", CASE);
    // Fixed on disk but not staged: the commit would still record the mistake.
    edit(CASE, "keywords: [Nowhere, ", "keywords: [");
    assertEquals(1, check());
    assertEquals(repo.resolve(CASE) + ":7:12: error: unknown keyword `Nowhere`; add it to"
        + " keywords.yml or use a keyword from there\n1 error, 0 warnings\nFix the problems"
        + " above, stage the fixes and commit again (`git commit --no-verify` skips this"
        + " check).\n", err.toString());

    edit(CASE, "keywords: [", "keywords: [Elections, ");
    git(repo, "add", CASE);
    assertEquals(0, check(), err::toString);
    assertTrue(out.toString().startsWith("Checked 1 staged case against the rest of the"
        + " content in "), out::toString);
  }

  @Test
  void linksFromAStagedCaseToCasesNotReadStillResolve() throws Exception {
    edit(CASE, "No such base exists", "[An earlier case]"
        + "(crocus-attack-organised-by-ukraine-west.md) and [a missing one](no-such-case.md)."
        + " No such base exists");
    git(repo, "add", CASE);
    assertEquals(1, check());
    assertEquals(repo.resolve(CASE) + ":26:67: error: the link to `no-such-case.md` leads"
        + " nowhere: there is no published case, issue or page at that path; check the file"
        + " name and the folders, written relative to this file", err.toString().lines()
        .findFirst().orElseThrow());
    assertTrue(err.toString().contains("1 error, 0 warnings"), err::toString);
  }

  @Test
  void aChangedVocabularyChecksEveryCase() throws Exception {
    edit("content/keywords.yml", "- name: Provocation\n", "- name: Provokation\n");
    git(repo, "add", "content/keywords.yml");
    assertEquals(1, check());
    assertTrue(err.toString().contains(repo.resolve(CASE) + ":7:37: error: unknown keyword"
        + " `Provocation`; did you mean `Provokation`?"), err::toString);
  }

  private int check() {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "check",
        "--staged", "--content", repo.resolve("content").toString(), "--templates",
        repo.resolve("templates").toString());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = repo.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), from);
    Files.writeString(path, text.replace(from, to));
  }

  /** Runs git in {@code folder} with a throwaway identity; fails the test when git fails. */
  static String git(Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString(), "-c",
        "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
