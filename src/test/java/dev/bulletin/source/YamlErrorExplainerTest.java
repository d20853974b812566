package dev.bulletin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Editors' YAML mistakes get one plain message at the line to change, not SnakeYAML's words at
 * the line where it gave up. Front matter here starts on line 2, as after a first `---`.
 */
class YamlErrorExplainerTest {
  private final FrontMatterParser parser = new FrontMatterParser(new YamlParser());

  @Test
  void aQuoteLeftOpenIsReportedWhereItOpens() {
    assertEquals("2:8: the quoted text that starts here is never closed; add the closing `'` at"
        + " the end of the value, and write a quote inside the text as \\\" or ''.",
        problem("title: 'Open\nissue: 1\n"));
  }

  @Test
  void anUnknownEscapeSaysHowToWriteABackslash() {
    assertEquals("2:12: a backslash in double quotes starts an escape such as \\n, and this one"
        + " is not known; write a backslash itself as \\\\, or put the value in single quotes.",
        problem("title: \"a \\q b\"\nissue: 1\n"));
  }

  @Test
  void aMissingSpaceAfterTheColonOnTheLastLineOrAlone() {
    assertEquals("3:1: `claim:NATO` needs a space after the colon; write `claim: NATO`.",
        problem("issue: 1\nclaim:NATO\n"));
    assertEquals("2:1: `issue:308` needs a space after the colon; write `issue: 308`",
        problem("issue:308\n"));
    assertEquals("4:5: `url:https://example.com/a` needs a space after the colon; write"
        + " `url: https://example.com/a`.",
        problem("sources:\n  - outlet: A\n    url:https://example.com/a\nissue: 1\n"));
  }

  @Test
  void foldedTextNotIndentedNamesItsIndicator() {
    assertEquals("3:1: the text of `claim: >-` must be indented; put two spaces before each of"
        + " its lines.", problem("claim: >-\nNATO is building a base.\nissue: 1\n"));
  }

  @Test
  void aDashWithoutSpaceBeforeAnotherListItemOrAtTheTop() {
    assertEquals("3:3: a list item needs a space after its dash; write `- outlet:` instead of"
        + " `-outlet:`.", problem("sources:\n  -outlet: A\n  - outlet: B\n"));
    assertEquals("3:3: a list item needs a space after its dash; write `- outlet:` instead of"
        + " `-outlet:`.", problem("sources:\n  -outlet: A\nissue: 1\n"));
    assertEquals("2:1: a list item needs a space after its dash; write `- name:` instead of"
        + " `-name:`.", problem("-name: NATO\n- name: Elections\n"));
  }

  @Test
  void aStrayLineIsReportedItself() {
    assertEquals("3:1: this line is not a `key: value` line; start it with a key, like"
        + " `title: …`, or indent it if it continues the value above.",
        problem("title: A\nthe base is in Armenia\nissue: 1\n"));
  }

  @Test
  void aTextSpanningLinesInQuotesIsNotBlamedForAMistakeBelowIt() {
    assertEquals("4:1: `issue:308` needs a space after the colon; write `issue: 308`.",
        problem("title: \"A long\n  headline\"\nissue:308\ndate: 2026-01-01\n"));
  }

  /** The one problem with the front matter {@code yaml}, as "line:column: message". */
  private String problem(String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    parser.parse(Path.of("x.md"), "---\n" + yaml + "---\nBody\n", diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    assertEquals(1, found.size(), found::toString);
    return found.get(0).line() + ":" + found.get(0).column() + ": " + found.get(0).message();
  }
}
