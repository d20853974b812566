package dev.bulletin.browser;

import static dev.bulletin.browser.SearchPage.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page's facets, dates and URL state, in headless Chromium, over the sample site. */
class SearchPageTest {
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

  @Test
  void withoutAQueryEveryCaseIsFound() {
    page.open("");
    assertEquals(20, page.shown().size(), "the first page of results");
    assertEquals(page.expected(c -> true), page.all());
    assertEquals(page.cases.size(), page.shown().size());
  }

  @Test
  void aClaimWordAndAHeadlineWordFindTheirCaseAndAFacetNarrowsThem() {
    String armenia = "armenia-us-building-nato-base";
    assertFalse(page.byCase(armenia).get("title").getAsString().toLowerCase().contains("yerevan"));
    page.open("?q=yerevan");
    assertTrue(page.shown().contains(armenia), page.shown().toString());
    assertEquals(page.expected(c -> page.finds(c, "yerevan")), page.all());

    page.open("?q=strike");
    assertTrue(page.all().contains(armenia), page.shown().toString());
    new Select(driver.findElement(By.id("search-country"))).selectByValue("armenia");
    assertEquals(page.expected(c -> page.finds(c, "strike") && tagged(c, "countries", "armenia")),
        page.all());
    assertTrue(page.shown().contains(armenia));
    assertTrue(driver.getCurrentUrl().contains("country=armenia"), driver.getCurrentUrl());
  }

  @Test
  void typingFiltersByTextAsYouTypeAndKeepsItInTheUrl() {
    page.open("");
    driver.findElement(By.id("search-q")).sendKeys("grai");
    Set<String> expected = page.expected(c -> page.finds(c, "grai"));
    assertFalse(expected.isEmpty());
    assertTrue(expected.size() < page.cases.size());
    assertEquals(expected, page.shown());
    assertTrue(driver.getCurrentUrl().endsWith("search/?q=grai"), driver.getCurrentUrl());
  }

  @Test
  void choosingAFacetFiltersAndCountsAndTheUrlKeepsTheState() {
    page.open("");
    Select country = new Select(driver.findElement(By.id("search-country")));
    WebElement ukraine = driver.findElement(By.cssSelector("#search-country option[value=ukraine]"));
    Set<String> expected = page.expected(c -> tagged(c, "countries", "ukraine"));
    assertTrue(ukraine.getText().endsWith("(" + expected.size() + ")"), ukraine.getText());
    country.selectByValue("ukraine");
    assertEquals(expected, page.shown());
    assertTrue(driver.getCurrentUrl().contains("country=ukraine"), driver.getCurrentUrl());

    driver.findElement(By.id("search-q")).sendKeys("grain");
    Set<String> both = page.expected(c -> tagged(c, "countries", "ukraine")
        && page.finds(c, "grain"));
    assertEquals(both, page.shown());
    String shared = driver.getCurrentUrl();

    // A shared link restores the same search in a fresh page.
    driver.get("about:blank");
    driver.get(shared);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until((WebDriver d) -> !page.shown().isEmpty());
    assertEquals(both, page.shown());
    assertEquals("grain", driver.findElement(By.id("search-q")).getAttribute("value"));
    assertEquals("ukraine", new Select(driver.findElement(By.id("search-country")))
        .getFirstSelectedOption().getAttribute("value"));
  }

  @Test
  void aKeywordFromTheUrlAndADateRangeFilter() {
    page.open("?keyword=nato&from=2026-10-20");
    assertEquals(page.expected(c -> tagged(c, "keywords", "nato")
        && c.get("date").getAsString().compareTo("2026-10-20") >= 0), page.shown());
  }

  @Test
  void anUnknownFacetValueInTheUrlIsReportedAndLeftOut() {
    page.open("?keyword=no-such-keyword&q=grain");
    WebElement notice = driver.findElement(By.id("search-notice"));
    assertTrue(notice.isDisplayed());
    assertTrue(notice.getText().contains("“no-such-keyword”"), notice.getText());
    assertTrue(notice.getText().startsWith("This link asks for Keyword"), notice.getText());
    assertEquals(page.expected(c -> page.finds(c, "grain")), page.shown());
    assertFalse(page.shown().isEmpty());
  }

  @Test
  void eachResultLeadsWithItsOwnRatingAndTheRatingFacetFilters() {
    page.open("?rating=misleading");
    Set<String> misleading = page.expected(c -> c.get("rating").getAsString().equals("misleading"));
    assertTrue(misleading.size() >= 2, misleading.toString());
    assertEquals(misleading, page.shown());
    for (WebElement verdict : driver.findElements(By.cssSelector("#search-results .verdict"))) {
      assertEquals("Misleading:", verdict.getText());
    }
    WebElement option = driver.findElement(
        By.cssSelector("#search-rating option[value=missing-context]"));
    // Another rating counts what choosing it instead would give.
    assertEquals("Missing context (" + page.expected(c -> c.get("rating").getAsString()
        .equals("missing-context")).size() + ")", option.getText());
  }

  @Test
  void theOutletFacetArrivesAfterTheFirstResultsAndFilters() {
    page.open("?outlet=ria-novosti");
    Set<String> ria = page.expected(c -> c.getAsJsonArray("outlets").asList().stream()
        .anyMatch(o -> o.getAsString().equals("ria-novosti")));
    assertEquals(4, ria.size(), "RIA Novosti carried four sample cases");
    assertEquals(ria, page.shown());
    page.open("");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        !d.findElements(By.cssSelector("#search-outlet option[value=rt]")).isEmpty());
    assertEquals(page.cases.size(), page.all().size(), "the facet's arrival keeps every result");
  }

  @Test
  void noResultsExplainsWhatToDo() {
    page.open("?q=qqxqqzz");
    assertEquals(Set.of(), page.shown());
    WebElement help = driver.findElement(By.id("search-help"));
    assertTrue(help.isDisplayed());
    driver.findElement(By.id("search-clear")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until((WebDriver d) -> !help.isDisplayed());
    assertEquals(page.cases.size(), page.all().size());
    assertTrue(driver.getCurrentUrl().endsWith("search/"), driver.getCurrentUrl());
  }
}
