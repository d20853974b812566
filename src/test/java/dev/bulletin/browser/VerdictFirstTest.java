package dev.bulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The claim never travels without its debunk: each case's own rating (the sample has a scale,
 * so not every case is "Disinformation") precedes the headline in the title, the share cards,
 * the heading, the cards of list pages, the feed and the search results, and on a 390 × 844
 * phone the summary saying why the claim is false is on the first screen of every case.
 */
class VerdictFirstTest {
  private static ChromeDriver driver;
  private static SearchPage site;

  @BeforeAll
  static void start() throws IOException {
    driver = Browser.start();
    site = new SearchPage(driver);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  private String meta(String property) {
    return driver.findElement(By.cssSelector("meta[property='" + property + "'], meta[name='"
        + property + "']")).getAttribute("content");
  }

  /** The case's rating and headline, as every appearance of the claim must begin. */
  private static String lead(JsonObject c) {
    return c.get("verdict").getAsString() + ": " + c.get("title").getAsString();
  }

  /** Whether {@code text} leads with some case's own rating before that case's headline. */
  private static boolean leadsWithItsRating(String text) {
    return site.cases.stream().anyMatch(c -> text.startsWith(lead(c)));
  }

  @Test
  void theSampleRatesCasesOtherThanDisinformation() {
    assertTrue(site.cases.stream().anyMatch(c -> c.get("verdict").getAsString()
        .equals("Misleading")), "the tests below need a case with a non-default rating");
  }

  @Test
  void everyCasePageLeadsWithTheVerdictAndShowsTheSummaryOnAPhonesFirstScreen() {
    Browser.phone(driver);
    List<String> below = new ArrayList<>();
    try {
      for (JsonObject c : site.cases) {
        driver.get(site.server.baseUrl() + "cases/" + c.get("slug").getAsString() + "/");
        assertTrue(driver.getTitle().startsWith(lead(c)), driver.getTitle());
        assertEquals(lead(c), meta("og:title"));
        assertEquals(lead(c), meta("twitter:title"));
        WebElement h1 = driver.findElement(By.tagName("h1"));
        assertEquals(lead(c), h1.getText());
        assertEquals("verdict", h1.findElement(By.xpath("./*[1]")).getAttribute("class"));
        long bottom = ((Number) driver.executeScript("return document.querySelector('.debunk')"
            + ".getBoundingClientRect().bottom;")).longValue();
        long fold = ((Number) driver.executeScript("return window.innerHeight;")).longValue();
        if (bottom > fold) {
          below.add(c.get("slug").getAsString() + " ends at " + bottom + " px");
        }
      }
    } finally {
      Browser.desktop(driver);
    }
    assertEquals(List.of(), below, "summaries below the fold at 390 × 844");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "issues/310/", "keywords/nato/", "countries/ukraine/",
      "authors/east-desk/"})
  void everyCardLeadsWithTheVerdict(String page) {
    driver.get(site.server.baseUrl() + page);
    List<WebElement> headings = driver.findElements(By.cssSelector(".case-card :is(h2, h3)"));
    assertFalse(headings.isEmpty(), page);
    for (WebElement heading : headings) {
      assertTrue(leadsWithItsRating(heading.getText()), page + ": " + heading.getText());
    }
  }

  @Test
  void everyFeedEntryLeadsWithTheVerdict() throws Exception {
    for (String feed : List.of("feed.xml", "issues/310/feed.xml", "keywords/nato/feed.xml")) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(site.server.baseUrl() + feed)).build(), HttpResponse.BodyHandlers.ofString());
      Document xml = Jsoup.parse(response.body(), "", Parser.xmlParser());
      List<Element> titles = xml.select("entry > title");
      assertFalse(titles.isEmpty(), feed);
      for (Element title : titles) {
        assertTrue(leadsWithItsRating(title.text()), feed + ": " + title.text());
      }
    }
  }

  @Test
  void everySearchResultLeadsWithItsOwnRating() {
    site.open("");
    site.all();
    List<WebElement> links = driver.findElements(By.cssSelector("#search-results .result-title a"));
    assertEquals(site.cases.size(), links.size());
    List<String> wrong = new ArrayList<>();
    for (WebElement link : links) {
      String href = link.getAttribute("href");
      JsonObject c = site.byCase(href.substring(href.indexOf("/cases/") + 7, href.length() - 1));
      boolean first = "verdict".equals(link.findElement(By.xpath("./*[1]"))
          .getAttribute("class"));
      if (!first || !link.getText().equals(lead(c))) {
        wrong.add(link.getText() + " (expected " + lead(c) + ")");
      }
    }
    assertEquals(List.of(), wrong);
  }
}
