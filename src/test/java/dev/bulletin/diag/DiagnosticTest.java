package dev.bulletin.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void contentCannotForgeALineOrDriveTheTerminal() {
    Diagnostic forged = new Diagnostic(Path.of("content/keywords.yml"), 3, 9, Severity.ERROR,
        "unknown keyword `x\n::error file=README.md::owned\u001b[2J`");
    assertEquals("content/keywords.yml:3:9: error: unknown keyword"
        + " `x\\u000A::error file=README.md::owned\\u001B[2J`", forged.format(Path.of("")));
  }

  @Test
  void ordinaryTextIsUntouched() {
    Diagnostic plain = new Diagnostic(Path.of("a.md"), 1, 1, Severity.WARNING,
        "«Кавказский узел» — naïve ✓");
    assertEquals("a.md:1:1: warning: «Кавказский узел» — naïve ✓", plain.format(Path.of("")));
  }

  @Test
  void aWarningEndsWithItsRule() {
    Diagnostic warning = new Diagnostic(Path.of("content/x.md"), 3, 1, Severity.WARNING,
        "the case has no `sources`", java.util.Optional.of(Rule.MISSING_SOURCES));
    assertEquals("content/x.md:3:1: warning: the case has no `sources` [missing-sources]",
        warning.format(Path.of("")));
  }
}
