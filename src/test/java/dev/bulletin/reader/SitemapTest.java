package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap lists exactly the site's HTML pages, with dates from content. */
class SitemapTest {
  private static final String BASE = "https://example.org/bulletin/";
  private final Path site = SampleSite.output();

  private List<Element> urls() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
        SampleSite.read(site, "sitemap.xml").getBytes(StandardCharsets.UTF_8)));
    assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9",
        xml.getDocumentElement().getNamespaceURI());
    NodeList nodes = xml.getElementsByTagNameNS(
        "http://www.sitemaps.org/schemas/sitemap/0.9", "url");
    List<Element> urls = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      urls.add((Element) nodes.item(i));
    }
    return urls;
  }

  private static String text(Element url, String name) {
    NodeList list = url.getElementsByTagNameNS("*", name);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent();
  }

  @Test
  void everyUrlExistsAndEveryPageIsListed() throws Exception {
    TreeSet<String> listed = new TreeSet<>();
    for (Element url : urls()) {
      String loc = text(url, "loc");
      assertTrue(loc.startsWith(BASE) && loc.endsWith("/"), loc);
      String path = loc.substring(BASE.length()) + "index.html";
      assertTrue(Files.isRegularFile(site.resolve(path)), "sitemap lists a missing page " + loc);
      assertTrue(listed.add(path), "listed twice: " + loc);
    }
    TreeSet<String> pages = new TreeSet<>(SampleSite.files(site, ".html"));
    pages.remove("404.html");
    // Newsletters are copies of their issue for mailing tools, not pages for search engines.
    pages.removeIf(page -> page.endsWith("/email.html"));
    assertEquals(pages, listed);
  }

  @Test
  void lastModifiedDatesComeFromContent() throws Exception {
    for (Element url : urls()) {
      String loc = text(url, "loc");
      String lastmod = text(url, "lastmod");
      if (loc.endsWith("/issues/310/")) {
        assertEquals("2026-11-05", lastmod);
      } else if (loc.endsWith("/cases/usa-elections-deep-state-stolen/")
          || loc.equals(BASE)) {
        assertEquals("2026-11-12", lastmod);
      } else if (loc.endsWith("/cases/ukraine-postage-stamps-nazi-collaborators/")) {
        assertEquals("2026-11-10", lastmod, "a case's lastmod follows its latest update");
      } else if (loc.endsWith("/corrections/")) {
        assertEquals("2026-11-03", lastmod, "the newest correction");
      } else if (loc.endsWith("/about/")) {
        assertEquals("", lastmod, "free pages have no date in their content");
      }
    }
  }

  @Test
  void robotsTxtPointsToTheSitemap() {
    assertTrue(SampleSite.read(site, "robots.txt").lines()
        .anyMatch(line -> line.equals("Sitemap: " + BASE + "sitemap.xml")));
  }
}
