package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each issue's newsletter, as a mailing tool gets it: HTML that survives mail clients (no style
 * sheet, script or relative address; colours that dark modes invert together; under Gmail's
 * clipping size) and a text part that carries every case with its verdict.
 */
class NewsletterTest {
  static final String BASE = "https://example.org/bulletin/";
  /** Gmail shows "[Message clipped]" and hides the rest of a mail whose HTML is larger. */
  static final int GMAIL_CLIP_BYTES = 102 * 1024;
  private final Path site = SampleSite.output();

  private List<String> issues() {
    return SampleSite.files(site, "/index.html").stream()
        .filter(p -> p.matches("issues/\\d+/index\\.html"))
        .map(p -> p.substring(0, p.length() - "index.html".length())).toList();
  }

  @Test
  void everyIssueHasBothPartsAndItsPageLinksThem() {
    assertEquals(4, issues().size());
    for (String issue : issues()) {
      assertTrue(Files.isRegularFile(site.resolve(issue + "email.html")), issue);
      assertTrue(Files.isRegularFile(site.resolve(issue + "email.txt")), issue);
      Document page = Jsoup.parse(SampleSite.read(site, issue + "index.html"));
      Element link = page.selectFirst("main a[href=/bulletin/" + issue + "email.html]");
      assertEquals("Newsletter version", link == null ? "" : link.text(), issue);
      assertEquals(1, page.select("main a[href=/bulletin/" + issue + "email.txt]").size());
    }
  }

  @Test
  void theHtmlPartUsesOnlyWhatMailClientsKeep() {
    for (String issue : issues()) {
      String raw = SampleSite.read(site, issue + "email.html");
      Document mail = Jsoup.parse(raw);
      assertTrue(mail.select("style, script, link, iframe, form, object, embed").isEmpty(),
          issue);
      assertFalse(raw.contains("@font-face") || raw.contains("@import"), issue);
      assertEquals("en", mail.selectFirst("html").attr("lang"));
      assertEquals("ltr", mail.selectFirst("html").attr("dir"));
      assertFalse(mail.select("table[role=presentation]").isEmpty(), "a table layout");
      // The preheader: hidden text that mail lists show after the subject.
      Element preheader = mail.body().child(0);
      assertTrue(preheader.attr("style").contains("display:none"), issue);
      assertFalse(preheader.text().isBlank(), issue);
      assertTrue(raw.getBytes(StandardCharsets.UTF_8).length < GMAIL_CLIP_BYTES, issue);
      // Well-formed: what the HTML parser reads back has the same text as a strict XML-ish
      // parse, so no tag was left open for a mail client to guess at.
      assertEquals(mail.body().text(), Jsoup.parse(raw, "", Parser.xmlParser())
          .selectFirst("body").text(), issue);
    }
  }

  @Test
  void everyAddressIsAbsoluteAndLeadsToABuiltPage() {
    for (String issue : issues()) {
      Document mail = Jsoup.parse(SampleSite.read(site, issue + "email.html"));
      List<Element> linked = mail.select("[href], [src]");
      assertTrue(linked.size() > 5, issue);
      for (Element element : linked) {
        String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        assertTrue(url.startsWith("https://") || url.startsWith("http://")
            || url.startsWith("mailto:"), issue + ": " + url);
        if (url.startsWith(BASE)) {
          String path = url.substring(BASE.length()).replaceFirst("#.*", "");
          Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html"
              : path);
          assertTrue(Files.isRegularFile(file), issue + " links to a missing page: " + url);
        }
      }
    }
  }

  @Test
  void everyCaseIsLinkedWithItsVerdictAndDebunk() {
    Document page = Jsoup.parse(SampleSite.read(site, "issues/310/index.html"));
    Document mail = Jsoup.parse(SampleSite.read(site, "issues/310/email.html"));
    List<String> cards = page.select("article.case-card h2, article.case-card h3").eachText();
    List<String> headlines = mail.select("h3").eachText();
    assertEquals(cards, headlines, "the same cases in the same order, each after its rating");
    assertTrue(headlines.stream().allMatch(h -> h.matches(
        "(Disinformation|Misleading|Missing context): .*")), "verdict");
    assertTrue(headlines.contains("Missing context: Poland shares the blame for starting the"
        + " Second World War"), "each case's own rating, not the site's verdict");
    assertTrue(mail.text().contains("The stamps do not exist."), "the debunk travels along");
    // The intro's link to a case, written as a relative .md link, is absolute in the mail.
    assertFalse(mail.select("a[href=" + BASE
        + "cases/ukraine-postage-stamps-nazi-collaborators/]").isEmpty());
  }

  @Test
  void everyColourSitsOnABackgroundOfItsOwn() {
    // Dark modes (Gmail, Outlook) that invert colours treat a text colour and its background
    // together; a text colour over an unset background can end up dark on dark.
    for (String issue : issues()) {
      Document mail = Jsoup.parse(SampleSite.read(site, issue + "email.html"));
      for (Element element : mail.select("[style*=color:]")) {
        boolean background = false;
        for (Element e = element; e != null && !background; e = e.parent()) {
          background = e.attr("style").contains("background-color:");
        }
        assertTrue(background, issue + ": " + element.tagName() + " " + element.attr("style"));
      }
    }
  }

  @Test
  void theTextPartReadsWell() {
    for (String issue : issues()) {
      String text = SampleSite.read(site, issue + "email.txt");
      Document page = Jsoup.parse(SampleSite.read(site, issue + "index.html"));
      String joined = text.replaceAll("\\s+", " ");
      for (String headline : page.select("article.case-card h2 a, article.case-card h3 a")
          .eachText()) {
        assertTrue(joined.contains(headline), issue + " lacks " + headline);
        assertTrue(headline.matches("(Disinformation|Misleading|Missing context): .*"),
            headline);
      }
      assertFalse(text.contains("<") || text.contains("&amp;") || text.contains("&#"),
          "plain text, not HTML");
      for (String line : text.split("\n")) {
        if (line.contains("://")) {
          assertTrue(line.matches("(\\[\\d+\\] )?https?://\\S+"), "URL on a line of its own: "
              + line);
        } else {
          assertTrue(line.length() <= 72, "wrapped at 72: " + line);
        }
      }
      assertTrue(text.contains("\n" + BASE + issue + "\n"), "the web version's address");
    }
  }

  @Test
  void contentIsTextInBothParts(@TempDir Path folder) throws Exception {
    Path content = SampleSite.copyContent(folder.resolve("content"));
    Path file = content.resolve("cases/2026/armenia-us-building-nato-base.md");
    String hostile = "Base <b>&amp; ${7*7} <#assign x=1> [=x]";
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst(
        "title: \".*\"", Matcher.quoteReplacement("title: '" + hostile + "'")),
        StandardCharsets.UTF_8);
    Path built = SampleSite.build(content, folder.resolve("site"));
    String text = SampleSite.read(built, "issues/309/email.txt");
    assertTrue(text.replaceAll("\\s+", " ").contains("Disinformation: " + hostile), text);
    Document mail = Jsoup.parse(SampleSite.read(built, "issues/309/email.html"));
    assertTrue(mail.select("h3").eachText().contains("Disinformation: " + hostile));
    assertTrue(mail.select("h3 b").isEmpty(), "markup in a title is text, not markup");
  }
}
