package dev.bulletin.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void namesAreKebabCase() {
    assertEquals("missing-sources", Rule.MISSING_SOURCES.ruleName());
    assertEquals(Optional.of(Rule.UPDATES_OUT_OF_ORDER), Rule.named("updates-out-of-order"));
    assertEquals(Optional.empty(), Rule.named("MISSING_SOURCES"));
  }

  @Test
  void theReadmeListsEveryRule() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (String name : Rule.names()) {
      assertTrue(readme.contains("| `" + name + "` |"), name);
    }
  }

  @Test
  void eachLevelOfAPolicy() {
    Diagnostic warning = new Diagnostic(Path.of("a.md"), 2, 1, Severity.WARNING, "no sources",
        Optional.of(Rule.MISSING_SOURCES));
    Diagnostic error = new Diagnostic(Path.of("a.md"), 3, 1, Severity.ERROR, "bad");
    assertEquals(Optional.of(warning), CheckPolicy.DEFAULT.apply(warning));
    assertEquals(Optional.empty(),
        new CheckPolicy(java.util.Map.of(Rule.MISSING_SOURCES, RuleLevel.OFF)).apply(warning));
    assertEquals(Optional.of(warning.withSeverity(Severity.ERROR)),
        new CheckPolicy(java.util.Map.of(Rule.MISSING_SOURCES, RuleLevel.ERROR)).apply(warning));
    assertEquals(Optional.of(error),
        new CheckPolicy(java.util.Map.of(Rule.MISSING_SOURCES, RuleLevel.OFF)).apply(error));
  }

  @Test
  void aBaselineIgnoresLinesAndNeverHoldsErrors() {
    Path content = Path.of("content");
    Diagnostic at2 = new Diagnostic(content.resolve("cases/a.md"), 2, 1, Severity.WARNING,
        "no sources", Optional.of(Rule.MISSING_SOURCES));
    Diagnostic at9 = new Diagnostic(content.resolve("cases/a.md"), 9, 4, Severity.WARNING,
        "no sources", Optional.of(Rule.MISSING_SOURCES));
    Diagnostic error = new Diagnostic(content.resolve("cases/a.md"), 3, 1, Severity.ERROR, "x");
    String text = Baseline.format(java.util.List.of(at2, error), content);
    assertTrue(text.startsWith("# "), text);
    assertTrue(text.endsWith("\nmissing-sources cases/a.md: no sources\n"), text);
    Baseline baseline = Baseline.parse(text);
    assertEquals(java.util.Set.of("missing-sources cases/a.md: no sources"), baseline.known());
    assertTrue(baseline.knows(at9, content));
    assertTrue(!baseline.knows(error, content));
  }
}
