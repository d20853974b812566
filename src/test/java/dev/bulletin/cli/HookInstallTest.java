package dev.bulletin.cli;

import static dev.bulletin.cli.StagedCheckTest.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin hook install}: a pre-commit hook that stops a commit with an error. */
class HookInstallTest {
  @TempDir Path repo;
  private Path hook;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void aCommittedBulletin() throws Exception {
    Folders.copy(Sample.CONTENT, repo.resolve("content"));
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "sample");
    hook = repo.resolve(".git/hooks/pre-commit");
  }

  @Test
  void writesAnExecutableHookAndReplacesOnlyItsOwn() throws Exception {
    assertEquals(0, install(), err::toString);
    assertEquals("Wrote " + hook + ": each commit now runs `check --staged --strict` first"
        + " (`git commit --no-verify` skips it once).\n", out.toString());
    String script = Files.readString(hook);
    assertTrue(script.startsWith("#!/bin/sh\n" + HookCommand.MARK + "\n"), script);
    assertTrue(script.endsWith(" check --staged --strict --content 'content'\n"), script);
    assertTrue(Files.isExecutable(hook));
    assertEquals(0, install(), err::toString);

    Files.writeString(hook, "#!/bin/sh\nnpm test\n");
    assertEquals(2, install());
    assertTrue(err.toString().startsWith("bulletin: error: refusing to replace " + hook
        + ": Bulletin did not write it; merge `"), err::toString);
    assertEquals("#!/bin/sh\nnpm test\n", Files.readString(hook));
    assertEquals(0, install("--force"), err::toString);
    assertTrue(Files.readString(hook).contains(HookCommand.MARK));
  }

  @Test
  void theHookStopsACommitWhoseStagedCaseHasAnError() throws Exception {
    assertEquals(0, install(), err::toString);
    Path file = repo.resolve(StagedCheckTest.CASE);
    Files.writeString(file, Files.readString(file).replace("keywords: [",
        "keywords: [Nowhere, "));
    git(repo, "add", StagedCheckTest.CASE);
    Process commit = commit();
    String output = new String(commit.getInputStream().readAllBytes());
    assertEquals(1, commit.waitFor(), output);
    assertTrue(output.contains("armenia-us-building-nato-base.md:7:12: error: unknown keyword"
        + " `Nowhere`"), output);

    Files.writeString(file, Files.readString(file).replace("Nowhere", "Elections"));
    git(repo, "add", StagedCheckTest.CASE);
    Process fixed = commit();
    String passed = new String(fixed.getInputStream().readAllBytes());
    assertEquals(0, fixed.waitFor(), passed);
    assertTrue(passed.contains("Checked 1 staged case against the rest of the content"),
        passed);
  }

  private Process commit() throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c",
        "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
        "commit", "-m", "edit"));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private int install(String... more) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("hook", "install", "--content",
        repo.resolve("content").toString()));
    args.addAll(List.of(more));
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
  }
}
