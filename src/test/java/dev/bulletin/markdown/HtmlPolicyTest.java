package dev.bulletin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML in Markdown: what editors may use survives, anything active is removed. */
class HtmlPolicyTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  private String html(String text) {
    return markdown.render(text, 2, LinkRewriter.NONE).html();
  }

  @Test
  void formattingSurvives() {
    assertEquals("<p><strong>bold</strong> <em>it</em> <code>x</code> <del>gone</del></p>\n",
        html("<strong>bold</strong> <em>it</em> <code>x</code> <del>gone</del>"));
  }

  @Test
  void linksSurviveWithNoopener() {
    assertEquals("<p><a href=\"https://example.com/a\" title=\"A\" rel=\"noopener\">a</a></p>\n",
        html("<a href=\"https://example.com/a\" title=\"A\">a</a>"));
  }

  @Test
  void markdownLinksAndImagesSurvive() {
    assertEquals("<p><a href=\"https://example.com\" rel=\"noopener\">x</a> "
        + "<img src=\"https://example.com/a.png\" alt=\"A map\" loading=\"lazy\" /></p>\n",
        html("[x](https://example.com) ![A map](https://example.com/a.png)"));
  }

  @Test
  void figuresWithImagesSurvive() {
    String figure = "<figure><img src=\"/img/map.png\" alt=\"Map\" width=\"640\" />"
        + "<figcaption>A map</figcaption></figure>";
    assertEquals(figure + "\n", html(figure));
  }

  @Test
  void tablesSurvive() {
    String rendered = html("| a | b |\n|---|--:|\n| 1 | 2 |\n");
    assertEquals("<table><thead><tr><th>a</th><th align=\"right\">b</th></tr></thead><tbody>"
        + "<tr><td>1</td><td align=\"right\">2</td></tr></tbody></table>\n", rendered);
    assertEquals("<table><caption>c</caption><tbody><tr><td colspan=\"2\">x</td></tr>"
        + "</tbody></table>\n",
        html("<table><caption>c</caption><tr><td colspan=\"2\">x</td></tr></table>"));
  }

  @Test
  void dataImagesSurvive() {
    String rendered = html("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">");
    assertTrue(rendered.contains("src=\"data:image/png;base64,iVBORw0KGgo&#61;\""), rendered);
  }

  @Test
  void knownVideoEmbedsSurvive() {
    String embed = "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" "
        + "title=\"Clip\"></iframe>";
    assertTrue(html(embed).contains("src=\"https://www.youtube-nocookie.com/embed/abc123\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<iframe src=\"https://evil.example/embed\" title=\"x\"></iframe>",
      "<iframe srcdoc=\"<p>hi</p>\" width=\"300\"></iframe>",
      "<iframe></iframe>",
  })
  void anEmbedWhoseAddressIsRefusedLeavesNoEmptyFrame(String embed) {
    assertFalse(html(embed).contains("iframe"), html(embed));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
      "<img src=x onerror=alert(1)>",
      "<a href=\"https://example.com\" onclick=\"alert(1)\">x</a>",
      "<p onmouseover=\"alert(1)\">x</p>",
      "<svg onload=alert(1)><script>alert(1)</script></svg>",
      "<iframe src=\"https://evil.example/embed\"></iframe>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
      "<a href=\"java&#x09;script:alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
      "<img src=\"javascript:alert(1)\">",
      "<img src=\"data:text/html,<script>alert(1)</script>\">",
      "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
      "[x](javascript:alert(1))",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html,alert(1))",
      "![x](javascript:alert(1))",
      "<style>body{background:url(javascript:alert(1))}</style>",
      "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
      "<form action=\"https://evil.example\"><input name=q></form>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<base href=\"https://evil.example/\"><meta http-equiv=refresh content=0>",
      "<div style=\"background:url(javascript:alert(1))\">x</div>",
  })
  void activeContentIsRemoved(String hostile) {
    String rendered = html(hostile).toLowerCase(java.util.Locale.ROOT);
    assertFalse(rendered.contains("<script"), rendered);
    assertFalse(rendered.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), rendered);
    assertFalse(rendered.contains("javascript:"), rendered);
    assertFalse(rendered.contains("vbscript:"), rendered);
    assertFalse(rendered.contains("data:text"), rendered);
    assertFalse(rendered.contains("data:image/svg"), rendered);
    assertFalse(rendered.contains("evil.example"), rendered);
    assertFalse(rendered.matches("(?s).*<(style|object|embed|form|input|base|meta)\\b.*"),
        rendered);
    assertFalse(rendered.contains("style="), rendered);
  }
}
