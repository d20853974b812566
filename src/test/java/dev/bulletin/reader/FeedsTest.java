package dev.bulletin.reader;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Atom feeds parse back with Rome, carry content dates and are discoverable from pages. */
class FeedsTest {
  private final Path site = SampleSite.output();

  private Feed feed(String path) throws Exception {
    WireFeedInput input = new WireFeedInput();
    return (Feed) input.build(new StringReader(SampleSite.read(site, path)));
  }

  @Test
  void theSiteFeedHasTheNewestCasesWithIssueDates() throws Exception {
    Feed feed = feed("feed.xml");
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("Disinfo Watch Bulletin", feed.getTitleEx().getValue());
    List<Entry> entries = feed.getEntries();
    assertEquals(SampleSite.files(site, ".html").stream()
        .filter(p -> p.startsWith("cases/")).count(), entries.size());
    Entry first = entries.get(0);
    assertEquals("https://example.org/bulletin/cases/usa-elections-deep-state-stolen/",
        first.getId());
    // Issue 311 is dated 2026-11-12: the entry carries the issue's date, not the build's.
    assertEquals("2026-11-12", first.getPublished().toInstant().atZone(ZoneOffset.UTC)
        .toLocalDate().toString());
    assertEquals(first.getPublished(), feed.getUpdated());
    assertFalse(first.getCategories().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"issues/310/", "keywords/nato/", "countries/ukraine/"})
  void eachIssueKeywordAndCountryHasAFeedLinkedFromItsPage(String page) throws Exception {
    Feed feed = feed(page + "feed.xml");
    assertFalse(feed.getEntries().isEmpty(), page);
    assertEquals("https://example.org/bulletin/" + page,
        feed.getAlternateLinks().get(0).getHref());
    for (Entry entry : feed.getEntries()) {
      String path = entry.getAlternateLinks().get(0).getHref()
          .substring("https://example.org/bulletin/".length());
      assertTrue(Files.isRegularFile(site.resolve(path + "index.html")), path);
    }
    Document html = Jsoup.parse(SampleSite.read(site, page + "index.html"));
    assertEquals(List.of("/bulletin/feed.xml", "/bulletin/" + page + "feed.xml"),
        html.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
  }

  @Test
  void issueFeedsHoldExactlyTheIssuesCases() throws Exception {
    Feed feed = feed("issues/310/feed.xml");
    Document html = Jsoup.parse(SampleSite.read(site, "issues/310/index.html"));
    assertEquals(html.select("article.case-card").size(), feed.getEntries().size());
    for (Entry entry : feed.getEntries()) {
      assertEquals("2026-11-05", entry.getPublished().toInstant().atZone(ZoneOffset.UTC)
          .toLocalDate().toString());
      // An entry is updated when its case is: the stamps case got an update on 2026-11-10.
      String expectedUpdate = entry.getId().endsWith("/ukraine-postage-stamps-nazi-collaborators/")
          ? "2026-11-10" : "2026-11-05";
      assertEquals(expectedUpdate, entry.getUpdated().toInstant().atZone(ZoneOffset.UTC)
          .toLocalDate().toString(), entry.getId());
    }
  }

  @Test
  void feedsAreTheSameOnEveryBuild(@org.junit.jupiter.api.io.TempDir Path folder) {
    Path again = SampleSite.build(SampleSite.projectRoot().resolve(Sample.CONTENT),
        folder.resolve("site"));
    for (String path : List.of("feed.xml", "keywords/nato/feed.xml", "sitemap.xml",
        "search/manifest.json", "data/cases.csv", "data/cases.json")) {
      assertEquals(SampleSite.read(site, path), SampleSite.read(again, path), path);
    }
  }
}
