package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Updates and corrections as readers see them on the sample site. */
class CorrectionsTest {
  private static final String CORRECTED = "cases/armenia-us-building-nato-base/";
  private static final String UPDATED = "cases/ukraine-postage-stamps-nazi-collaborators/";
  private final java.nio.file.Path site = SampleSite.output();

  private Document page(String path) {
    return Jsoup.parse(SampleSite.read(site, path + "index.html"));
  }

  @Test
  void aCorrectionAndAnUpdateSayWhichTheyAreNearTheTop() {
    Element correction = page(CORRECTED).selectFirst("article ol.updates li#update-1");
    assertTrue(correction.hasClass("correction"));
    assertTrue(correction.text().startsWith("Correction November 3, 2026: The first version"),
        correction.text());
    Element update = page(UPDATED).selectFirst("article ol.updates li#update-1");
    assertTrue(!update.hasClass("correction"));
    assertTrue(update.text().startsWith("Updated November 10, 2026: Ukrposhta"), update.text());
    assertEquals(1, update.select("strong").size() - 1, "the note's Markdown is rendered");
    // Right under the headline and debunk, before the claim.
    Document page = page(CORRECTED);
    assertTrue(page.html().indexOf("class=\"updates\"") < page.html().indexOf("class=\"claim\""));
    assertTrue(page(
        "cases/usa-elections-deep-state-stolen/").select("ol.updates").isEmpty());
  }

  @Test
  void everyCasePageLinksThePolicyAndTheLog() {
    for (String path : SampleSite.files(site, "index.html")) {
      if (path.startsWith("cases/")) {
        Document page = Jsoup.parse(SampleSite.read(site, path));
        assertEquals(List.of("https://example.org/bulletin/methodology/#archiving-and-corrections",
            "/bulletin/corrections/"), page.select(".corrections-links a").eachAttr("href"), path);
      }
    }
    assertTrue(SampleSite.read(site, "methodology/index.html")
        .contains("id=\"archiving-and-corrections\""), "the policy's anchor exists");
  }

  @Test
  void theLogListsCorrectionsOnlyWithTheirVerdictAndAFeed() throws Exception {
    Document log = page("corrections/");
    List<Element> items = log.select("main ol.updates > li");
    assertEquals(1, items.size(), "the plain update is not a correction");
    Element link = items.get(0).selectFirst("h2 a");
    assertEquals("/bulletin/" + CORRECTED + "#update-1", link.attr("href"));
    assertTrue(link.text().startsWith("Disinformation: The US is building"), link.text());
    assertEquals("/bulletin/corrections/feed.xml",
        log.select("link[type=application/atom+xml]").last().attr("href"));
    Feed feed = (Feed) new WireFeedInput().build(new StringReader(
        SampleSite.read(site, "corrections/feed.xml")));
    Entry entry = feed.getEntries().get(0);
    assertEquals(1, feed.getEntries().size());
    assertEquals("https://example.org/bulletin/" + CORRECTED + "#update-1", entry.getId());
    assertTrue(entry.getTitle().startsWith("Disinformation: "), entry.getTitle());
    assertTrue(entry.getSummary().getValue().contains("frozen its participation"));
  }
}
