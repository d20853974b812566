package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A byline leads to the desk's page, which lists every case the desk debunked. */
class AuthorPagesTest {
  private final Path site = SampleSite.output();

  @Test
  void everyBylineLeadsToAPageListingThatCase() {
    Map<String, List<String>> byAuthor = new HashMap<>();
    for (String path : SampleSite.files(site, ".html")) {
      if (!path.startsWith("cases/")) {
        continue;
      }
      Document page = Jsoup.parse(SampleSite.read(site, path));
      Element byline = page.selectFirst(".byline h2 a");
      if (byline != null) {
        String href = byline.attr("href");
        String authorPage = href.substring(href.indexOf("authors/")) + "index.html";
        byAuthor.computeIfAbsent(authorPage, k -> new ArrayList<>())
            .add("/bulletin/" + path.replace("index.html", ""));
      }
    }
    assertTrue(byAuthor.size() >= 2, byAuthor.keySet().toString());
    byAuthor.forEach((authorPage, cases) -> {
      Document page = Jsoup.parse(SampleSite.read(site, authorPage));
      List<String> listed = new ArrayList<>();
      page.select("article.case-card h2 a").forEach(a -> listed.add(a.attr("href")));
      assertEquals(new java.util.TreeSet<>(cases), new java.util.TreeSet<>(listed), authorPage);
      assertTrue(page.select("link[type=application/atom+xml]").size() == 2);
    });
  }
}
