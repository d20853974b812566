package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "See also" says why each case is related: the keywords it shares with the case shown. */
class SeeAlsoTest {
  private final Path site = SampleSite.output();

  private Document page(String path) {
    return Jsoup.parse(SampleSite.read(site, path));
  }

  private static Set<String> keywords(Document caseHtml) {
    Set<String> names = new LinkedHashSet<>();
    for (Element dt : caseHtml.select(".details dt")) {
      if (dt.text().equals("Keywords")) {
        dt.nextElementSibling().select("a").forEach(a -> names.add(a.text()));
      }
    }
    return names;
  }

  @Test
  void everyRelatedCaseNamesTheKeywordsItShares() {
    int checked = 0;
    for (String path : SampleSite.files(site, ".html")) {
      if (!path.startsWith("cases/")) {
        continue;
      }
      Document shown = page(path);
      for (Element item : shown.select(".related li")) {
        String href = item.selectFirst("a").attr("href");
        Document other = page(href.substring(href.indexOf("cases/")) + "index.html");
        List<String> shared = new ArrayList<>(keywords(shown));
        shared.retainAll(keywords(other));
        String meta = item.selectFirst(".meta").text();
        assertTrue(!shared.isEmpty() && meta.endsWith("also tagged " + String.join(", ", shared)),
            path + ": " + meta + " should name " + shared);
        checked++;
      }
    }
    assertTrue(checked > 20, "only " + checked + " related cases in the sample");
  }
}
