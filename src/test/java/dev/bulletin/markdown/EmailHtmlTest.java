package dev.bulletin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailHtmlTest {
  private static final String PAGE = "https://example.org/b/issues/3/";

  @Test
  void linksAndImagesBecomeAbsolute() {
    // Written back by the sanitizer's encoder, which escapes `=` in attributes as &#61;.
    assertEquals("<p><a href=\"https://example.org/b/cases/x/\">x</a> <img src=\""
        + "https://example.org/b/issues/3/i.png\" /> <a href=\"https://other.org/?a&#61;1&amp;b&#61;2\">"
        + "o</a></p>", EmailHtml.withAbsoluteLinks("<p><a href=\"/b/cases/x/\">x</a> <img src=\""
        + "i.png\" /> <a href=\"https://other.org/?a=1&amp;b=2\">o</a></p>", PAGE));
  }

  @Test
  void plainTextNumbersLinksAndListsTheirAddresses() {
    assertEquals("See the case [1] and\nthis.\n\n- one\n\n- two [2]\n\n"
        + "[1] https://example.org/b/cases/x/\n[2] https://other.org/",
        EmailHtml.plainText("<p>See <a href=\"/b/cases/x/\">the case</a> and<br />this.</p>"
            + "<ul><li>one</li><li><a href=\"https://other.org/\">two</a></li></ul>", PAGE));
  }

  @Test
  void plainTextDecodesEntitiesAndKeepsTemplateSyntax() {
    assertEquals("Tom & Jerry <b> ${7*7}",
        EmailHtml.plainText("<p>Tom &amp; Jerry &lt;b&gt; ${7*7}</p>", PAGE));
  }
}
