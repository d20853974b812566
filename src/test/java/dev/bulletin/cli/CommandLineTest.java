package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import dev.bulletin.testing.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as CI uses it: exit codes, the summary line and the error format. */
class CommandLineTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  @TempDir Path folder;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void buildPrintsOneSummaryLineAndExitsZero() {
    Path site = folder.resolve("site");
    int code = run("build", "--content", PROJECT.resolve(Sample.CONTENT).toString(),
        "--templates", PROJECT.resolve("templates").toString(), "--output", site.toString());
    assertEquals(0, code, err::toString);
    assertTrue(out.toString().matches(
        "Built 23 cases, 4 issues, 20 keywords: \\d+ pages \\(\\d+ changed\\) in [0-9.]+ s → .*\\n"),
        out::toString);
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
  }

  @Test
  void checkWritesNothing() {
    int code = run("check", "--content", PROJECT.resolve(Sample.CONTENT).toString());
    assertEquals(0, code, err::toString);
    assertTrue(out.toString().startsWith("Checked 23 cases, 4 issues, 20 keywords"), out::toString);
  }

  @Test
  void checkRendersEveryPageSoABrokenTemplateFailsTheCheckWithItsPosition() throws IOException {
    Path templates = Folders.copy(PROJECT.resolve("templates"), folder.resolve("templates"));
    Path caseTemplate = templates.resolve("case.ftlh");
    Files.writeString(caseTemplate, Files.readString(caseTemplate)
        .replace("<h1><@m.verdict c=case/> ${case.title}</h1>", "<h1>${case.titel}</h1>"));
    int line = lineOf(caseTemplate, "${case.titel}");

    int code = run("check", "--content", PROJECT.resolve(Sample.CONTENT).toString(),
        "--templates", templates.toString());

    assertEquals(1, code, err::toString);
    assertTrue(err.toString().startsWith(caseTemplate + ":" + line + ":9: error: template"
        + " error: `case.titel` is missing or null on this page; check the name, or give it a"
        + " default with `!` or test it with `??`\n"), err::toString);
    assertFalse(Files.exists(folder.resolve("site")));
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void contentErrorsExitOneWithLocatedMessagesAndNoOutput() {
    Path content = SiteFixture.write(folder.resolve("content"), SiteFixture.BASICS + """
        -- issues/1.md --
        ---
        number: 1
        date: 2026-01-07
        ---
        -- cases/bad.md --
        ---
        title: Bad
        issue: 2
        date: 2026-01-05
        languages: [English]
        countries: [Ukraine]
        keywords: [NATO]
        sources:
          - outlet: Example
        claim: Bad.
        ---
        Body.
        """);
    Path site = folder.resolve("site");
    int code = run("build", "--content", content.toString(), "--templates",
        PROJECT.resolve("templates").toString(), "--output", site.toString());
    assertEquals(1, code);
    // Paths outside the current folder are printed in full.
    String expectedPath = content.resolve("cases/bad.md").toString();
    assertTrue(err.toString().contains(expectedPath + ":3:8: error: issue 2 does not exist;"
        + " add issues/2.md or correct the number\n"), err::toString);
    assertTrue(err.toString().contains("1 error, "), err::toString);
    assertFalse(Files.exists(site), "nothing is written on errors");
    assertEquals("", out.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("build", "--no-such-option"));
    assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err::toString);
  }

  @Test
  void aBaseUrlThatIsNotAWebAddressIsAUsageErrorAndWritesNothing() {
    Path site = folder.resolve("site");
    for (String url : new String[] {"not a url", "https://example.org/\nDisallow: /",
        "javascript:alert(1)//", "https://example.org/\u202Egro.elpmaxe/"}) {
      StringWriter errors = new StringWriter();
      int code = Main.run(new PrintWriter(out, true), new PrintWriter(errors, true), "build",
          "--content", PROJECT.resolve(Sample.CONTENT).toString(), "--templates",
          PROJECT.resolve("templates").toString(), "--output", site.toString(), "--base-url",
          url);
      assertEquals(2, code, errors::toString);
      assertEquals("bulletin: error: --base-url must be the full web address the site is"
          + " published at, like https://example.org/bulletin/, but it is `"
          + url.replace("\n", "\\u000A") + "`\n", errors.toString());
      assertFalse(Files.exists(site));
    }
  }

  @Test
  void checkRefusesSuchABaseUrlToo() {
    StringWriter errors = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(errors, true), "check",
        "--content", PROJECT.resolve(Sample.CONTENT).toString(), "--base-url",
        "ftp://example.org/\u2028");
    assertEquals(2, code, errors::toString);
    assertEquals("bulletin: error: --base-url must be the full web address the site is"
        + " published at, like https://example.org/bulletin/, but it is"
        + " `ftp://example.org/\\u2028`\n", errors.toString());
  }

  @Test
  void anOptionTheCommandDoesNotUseIsAUsageErrorThatSaysWhy() {
    String content = PROJECT.resolve(Sample.CONTENT).toString();
    assertEquals(2, run("check", "--content", content, "--output", "/nonexistent"));
    assertEquals("bulletin: error: `check` does not use --output: check writes nothing; leave"
        + " the option out (it is for `build` and `schema`)\n", err.toString());

    StringWriter errors = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(errors, true), "serve",
        "--content", content, "--base-url=https://example.org/");
    assertEquals(2, code, errors::toString);
    assertEquals("bulletin: error: `serve` does not use --base-url: the preview is always"
        + " served at its own address, http://127.0.0.1:PORT/; leave the option out (it is for"
        + " `build` and `check`)\n", errors.toString());

    StringWriter more = new StringWriter();
    code = Main.run(new PrintWriter(out, true), new PrintWriter(more, true), "new", "issue",
        "--content", content, "--drafts");
    assertEquals(2, code, more::toString);
    assertEquals("bulletin: error: `new issue` does not use --drafts; leave the option out (it"
        + " is for `build`, `check` and `serve`)\n", more.toString());
    assertEquals("", out.toString(), "nothing ran");
  }

  @Test
  void missingContentFolderIsAUsageError() {
    assertEquals(2, run("check", "--content", folder.resolve("nope").toString()));
    assertTrue(err.toString().contains("the content folder"), err::toString);
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("build"));
    assertTrue(out.toString().contains("check"));
    out.getBuffer().setLength(0);
    assertEquals(0, run("--version"));
    String version = out.toString();
    // The version of the pom, and the commit when built from a Git checkout (CI clones one).
    assertTrue(version.matches("bulletin \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"
        + "( \\(commit [0-9a-f]{7,}( with local changes)?\\))?\n"), version);
    out.getBuffer().setLength(0);
    assertEquals(0, run("version"));
    assertEquals(version, out.toString());
  }
}
