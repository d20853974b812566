package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's rating scale: an index in the scale's order, a page per step listing the cases
 * rated so, and every card and headline led by the case's own rating.
 */
class RatingPagesTest {
  private final Path site = SampleSite.output();

  @Test
  void theIndexListsTheScaleWorstFirstWithWhatEachStepMeans() {
    Document index = Jsoup.parse(SampleSite.read(site, "ratings/index.html"));
    assertEquals(List.of("Disinformation", "Misleading", "Missing context"),
        index.select("dl.rating-scale dt a").eachText());
    assertEquals(List.of("/bulletin/ratings/disinformation/", "/bulletin/ratings/misleading/",
        "/bulletin/ratings/missing-context/"),
        index.select("dl.rating-scale dt a").eachAttr("href"));
    assertTrue(index.select("dl.rating-scale dd").get(1).text().startsWith("Real facts"));
    assertEquals(List.of("20", "2", "1"), index.select("dl.rating-scale .count").eachText());
  }

  @Test
  void aRatingPageListsItsCasesEachLedByThatRating() {
    Document page = Jsoup.parse(SampleSite.read(site, "ratings/misleading/index.html"));
    List<String> cards = page.select("article.case-card h2").eachText();
    assertEquals(List.of("Misleading: Sanctions are Europe's economic suicide while Russia's"
        + " economy booms", "Misleading: Germany faces its last industrial winter as citizens"
        + " burn their furniture"), cards);
    assertEquals("/bulletin/search/?rating=misleading",
        page.select("p.meta a").attr("href"));
  }

  @Test
  void everyCardAndFeedEntryCarriesItsOwnCasesRating() {
    Document home = Jsoup.parse(SampleSite.read(site, "issues/310/index.html"));
    List<String> verdicts = home.select("article.case-card .verdict").eachText();
    assertTrue(verdicts.contains("Misleading:") && verdicts.contains("Missing context:")
        && verdicts.contains("Disinformation:"), verdicts.toString());
    String feed = SampleSite.read(site, "feed.xml");
    assertTrue(feed.contains("Missing context: Poland shares the blame"), "the feed entry");
    assertFalse(feed.contains("Disinformation: Poland shares"), "not the site's verdict");
  }

  @Test
  void aSiteWithoutAScaleHasNoRatingPagesAndTheVerdictLeadsEveryHeadline(@TempDir Path temp) {
    Path built = SampleSite.build(
        SampleSite.projectRoot().resolve("src/test/resources/golden/tiny/content"),
        temp.resolve("site"));
    assertTrue(Files.isRegularFile(built.resolve("index.html")));
    assertFalse(Files.exists(built.resolve("ratings")), "one verdict for all needs no pages");
    Document home = Jsoup.parse(SampleSite.read(built, "index.html"));
    assertFalse(home.select("article.case-card .verdict").isEmpty());
    home.select("article.case-card .verdict")
        .forEach(v -> assertEquals("Disinformation:", v.text()));
    assertTrue(home.select("a[href$=ratings/]").isEmpty(), "no link to pages that do not exist");
  }
}
