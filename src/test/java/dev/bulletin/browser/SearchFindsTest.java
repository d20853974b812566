package dev.bulletin.browser;

import static dev.bulletin.browser.SearchPage.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.bulletin.render.SearchTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What search finds and how it shows it: keywords, aliases, outlets and response words find their
 * cases; results are ranked, marked and tagged; Back steps through searches; a phone shows the
 * results after a search.
 */
class SearchFindsTest {
  private static ChromeDriver driver;
  private static SearchPage page;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start();
    page = new SearchPage(driver);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (page != null) {
      page.close();
    }
  }

  private void findsBy(String word, String slug, String field) {
    page.open("?q=" + word);
    assertTrue(page.expected(c -> page.finds(c, word)).contains(slug), word + " " + field);
    assertEquals(page.expected(c -> page.finds(c, word)), page.all(), word);
  }

  @Test
  void aKeywordNameFindsItsCases() {
    String armenia = "armenia-us-building-nato-base";
    assertTrue(tagged(page.byCase(armenia), "keywords", "provocation"));
    findsBy("provocation", armenia, "keyword");
  }

  @Test
  void aKeywordAliasFindsTheKeywordsCases() {
    // NATO's alias is North Atlantic Alliance.
    JsonObject serbia = page.byCase("serbia-nato-preparing-new-aggression");
    assertTrue(tagged(serbia, "keywords", "nato"));
    assertFalse(serbia.toString().toLowerCase(Locale.ROOT).contains("atlantic"));
    findsBy("atlantic", "serbia-nato-preparing-new-aggression", "alias");
  }

  @Test
  void anOutletFindsItsCases() {
    JsonObject latvia = page.byCase("latvia-russophobia-soviet-monuments");
    assertFalse(latvia.get("response").getAsString().contains("Baltnews"));
    findsBy("baltnews", "latvia-russophobia-soviet-monuments", "outlet");
  }

  @Test
  void aWordOfTheResponseFindsItsCase() {
    JsonObject biolabs = page.byCase("ukraine-biolabs-pentagon-mosquitoes");
    String others = biolabs.get("title").getAsString() + biolabs.get("claim").getAsString()
        + biolabs.get("summary").getAsString();
    assertFalse(others.toLowerCase(Locale.ROOT).contains("avian"));
    findsBy("avian", "ukraine-biolabs-pentagon-mosquitoes", "response");
  }

  @Test
  void headlineMatchesComeFirstAndNewestFirstIsSiteOrder() {
    // "war" is also in the keyword Ukraine war and in many responses.
    page.open("?q=war");
    List<String> ranked = page.order();
    List<String> inHeadline = new ArrayList<>();
    for (String slug : ranked) {
      if (SearchTokens.of(page.byCase(slug).get("title").getAsString()).contains("war")) {
        inHeadline.add(slug);
      }
    }
    assertTrue(inHeadline.size() >= 2 && ranked.size() > inHeadline.size(), ranked.toString());
    assertEquals(inHeadline, ranked.subList(0, inHeadline.size()), ranked.toString());

    page.open("?q=war&sort=newest");
    List<String> newest = new ArrayList<>();
    page.cases.stream().filter(c -> page.finds(c, "war"))
        .forEach(c -> newest.add(c.get("slug").getAsString()));
    assertEquals(newest, page.order());
    assertNotEquals(newest, ranked);
  }

  @Test
  void aResultShowsTheVerdictMarkedWordsAndKeywordChips() {
    page.open("?q=grain");
    WebElement first = driver.findElement(By.cssSelector("#search-results > li"));
    WebElement title = first.findElement(By.cssSelector(".result-title a"));
    JsonObject shown = page.byCase(page.order().get(0));
    // The case's own rating, as the sample's scale has more than one.
    assertEquals(shown.get("verdict").getAsString() + ": " + shown.get("title").getAsString(),
        title.getText());
    List<WebElement> marks = first.findElements(By.cssSelector(".result-title mark"));
    assertFalse(marks.isEmpty());
    assertEquals("grain", marks.get(0).getText().toLowerCase(Locale.ROOT));
    assertFalse(first.findElements(By.cssSelector(".snippet")).isEmpty());
    String slug = page.order().get(0);
    List<String> chips = new ArrayList<>();
    first.findElements(By.cssSelector(".chips a")).forEach(a -> chips.add(a.getText()));
    List<String> keywords = new ArrayList<>();
    page.byCase(slug).getAsJsonArray("keywords")
        .forEach(k -> keywords.add(k.getAsJsonObject().get("name").getAsString()));
    assertEquals(keywords, chips);
  }

  @Test
  void backAfterTwoSearchesReturnsToTheFirst() {
    page.open("");
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys("grain", Keys.ENTER);
    page.settle();
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "nato", Keys.ENTER);
    page.settle();
    assertEquals(page.expected(c -> page.finds(c, "nato")), page.all());
    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until((WebDriver d) ->
        d.getCurrentUrl().endsWith("search/?q=grain"));
    assertEquals("grain", driver.findElement(By.id("search-q")).getAttribute("value"));
    assertEquals(page.expected(c -> page.finds(c, "grain")), page.all());
    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until((WebDriver d) ->
        d.getCurrentUrl().endsWith("search/"));
    assertEquals(page.cases.size(), page.all().size());
  }

  @Test
  void onAPhoneTheResultsAreInViewAfterASearch() {
    Browser.phone(driver);
    try {
      page.open("");
      assertEquals("false", String.valueOf(driver.executeScript(
          "return document.getElementById('search-filters').open;")), "filters folded");
      driver.findElement(By.id("search-q")).sendKeys("grain", Keys.ENTER);
      page.settle();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until((WebDriver d) ->
          "search-results-heading".equals(driver.executeScript(
              "return document.activeElement.id;")));
      long top = ((Number) driver.executeScript("return document.getElementById("
          + "'search-results').getBoundingClientRect().top;")).longValue();
      long height = ((Number) driver.executeScript("return window.innerHeight;")).longValue();
      assertTrue(top >= 0 && top < height, "results start at " + top + " of " + height);
    } finally {
      Browser.desktop(driver);
    }
  }
}
