package dev.bulletin.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bulletin.model.Slugs;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Markdown from anyone renders without exceptions, and the HTML never carries a script element,
 * an event-handler attribute or an active URL, however the hostile pieces are combined.
 */
class MarkdownProperties {
  private static final Pattern EVENT_HANDLER =
      Pattern.compile("(?is)<[^>]*[\\s/\"']on[a-z]+\\s*=");
  private static final List<String> PIECES = List.of("<script>", "</script>", "<scr", "ipt>",
      "<SCRIPT SRC=//evil.example/x.js>", "<img src=x ", "onerror=alert(1)", " onload=",
      "<a href=\"", "javascript:alert(1)", "java\tscript:", "&#106;avascript:", "vbscript:",
      "data:text/html,", "data:image/png;base64,AAAA", "\">", ">", "<", "'", "\"", "`", "<!--",
      "-->", "<![CDATA[", "]]>", "<svg", "<math>", "<style>", "<iframe src=", "<p ", "<div ",
      "[x](", ")", "![i](", "<http://a.example>", "*", "_", "\n", "\n\n", "    ",
      "|a|b|\n|-|-|\n",
      "```\n", "${7*7}", "<#assign x=1>", "[=x]", "&lt;", "&amp;", "\u0000", "é");

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  @Property(tries = 1000)
  void hostilePiecesNeverBecomeActiveHtml(@ForAll("hostile") String text) {
    assertSafe(markdown.render(text, 2, LinkRewriter.NONE).html());
  }

  @Property(tries = 300)
  void arbitraryTextRendersSafely(@ForAll String text) {
    assertSafe(markdown.render(text, 2, LinkRewriter.NONE).html());
  }

  @Property(tries = 1000)
  void slugsNeverLeaveTheirFolder(@ForAll String name) {
    String slug = Slugs.of(name);
    assertFalse(!slug.isEmpty() && !Slugs.isSafe(slug), slug);
    assertFalse(slug.contains("/") || slug.contains("\\") || slug.contains("."), slug);
  }

  static void assertSafe(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), html);
    assertFalse(EVENT_HANDLER.matcher(html).find(), html);
    for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
      assertFalse(element.tagName().equals("script") || element.tagName().equals("style"), html);
      element.attributes().forEach(attribute -> {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\u0000]", "");
        assertFalse(name.startsWith("on"), html);
        assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
            || (value.startsWith("data:") && !value.startsWith("data:image/")), html);
      });
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
  }
}
