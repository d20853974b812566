package dev.bulletin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Rule;
import dev.bulletin.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {
  private static String inject(String html) {
    return new String(ReloadScript.inject(html.getBytes(StandardCharsets.UTF_8), 7),
        StandardCharsets.UTF_8);
  }

  @Test
  void goesBeforeTheLastClosingBodyTag() {
    assertEquals("<body><p>é</p><script src=\"/__bulletin/reload.js\" data-generation=\"7\">"
        + "</script></BODY>", inject("<body><p>é</p></BODY>"));
  }

  @Test
  void isAppendedWhenThereIsNoBodyTag() {
    assertEquals("<p>x</p><script src=\"/__bulletin/reload.js\" data-generation=\"7\"></script>",
        inject("<p>x</p>"));
  }

  @Test
  void errorPageEscapesMessages() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", ErrorPage.escape("<a href=\"x\">&'"));
  }

  @Test
  void errorPageShowsErrorsFirstAndFoldsWarnings() {
    Path base = Path.of("");
    Diagnostic warning = new Diagnostic(
        Path.of("content/a.md"), 1, 1, Severity.WARNING,
        "old warning", Optional.of(Rule.MISSING_SOURCES));
    Diagnostic error = new Diagnostic(
        Path.of("content/z.md"), 9, 1, Severity.ERROR, "new");
    String page = ErrorPage.render(new Snapshot(Map.of(),
        List.of(warning, error), false, Optional.empty(), 1983), base, 1);
    int errorAt = page.indexOf("content/z.md:9:1: error: new");
    int foldAt = page.indexOf("<details>\n<summary>1 warning</summary>");
    int warningAt = page.indexOf("content/a.md:1:1: warning: old warning [missing-sources]");
    assertTrue(errorAt > 0 && foldAt > errorAt
        && warningAt > foldAt, page);
    assertTrue(page.contains("<p>1983 known warnings hidden by the baseline</p>"), page);
  }
}
