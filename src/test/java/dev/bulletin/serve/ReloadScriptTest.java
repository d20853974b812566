package dev.bulletin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
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
}
