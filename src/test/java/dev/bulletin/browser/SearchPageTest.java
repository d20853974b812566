package dev.bulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.bulletin.reader.SampleSite;
import dev.bulletin.render.SearchTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page, in headless Chromium, over the built sample site. */
class SearchPageTest {
  private static ChromeDriver driver;
  private static StaticServer server;
  private static List<JsonObject> cases;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start();
    Path site = SampleSite.output();
    server = new StaticServer(site, "/bulletin/");
    cases = new ArrayList<>();
    for (JsonElement c : JsonParser.parseString(SampleSite.read(site, "data/cases.json"))
        .getAsJsonArray()) {
      cases.add(c.getAsJsonObject());
    }
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private void open(String query) {
    driver.get(server.baseUrl() + "search/" + query);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        !d.findElement(By.id("search-status")).getText().equals(
            d.findElement(By.id("search")).getAttribute("data-t-loading")));
    settle();
  }

  /** Waits until the page has fetched what the last search needs and shows its results. */
  private void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        d.findElement(By.id("search")).getAttribute("aria-busy") == null);
  }

  /** The cases the page lists once it has settled, as slugs. */
  private Set<String> shown() {
    settle();
    Set<String> slugs = new TreeSet<>();
    for (WebElement link : driver.findElements(By.cssSelector("#search-results a"))) {
      String href = link.getAttribute("href");
      slugs.add(href.substring(href.indexOf("/cases/") + 7, href.length() - 1));
    }
    return slugs;
  }

  /** Every case the search found, after asking for more results until none are left. */
  private Set<String> all() {
    WebElement more = driver.findElement(By.id("search-more"));
    while (settled() && more.isDisplayed()) {
      more.click();
    }
    return shown();
  }

  private boolean settled() {
    settle();
    return true;
  }

  private static Set<String> expected(Predicate<JsonObject> filter) {
    Set<String> slugs = new TreeSet<>();
    cases.stream().filter(filter).forEach(c -> slugs.add(c.get("slug").getAsString()));
    return slugs;
  }

  private static boolean tagged(JsonObject c, String kind, String slug) {
    return c.getAsJsonArray(kind).asList().stream()
        .anyMatch(t -> t.getAsJsonObject().get("slug").getAsString().equals(slug));
  }

  private static boolean hasWordStarting(JsonObject c, String prefix) {
    StringBuilder text = new StringBuilder(c.get("title").getAsString()).append(' ')
        .append(c.get("claim").getAsString()).append(' ').append(c.get("summary").getAsString());
    c.getAsJsonArray("keywords").forEach(k -> text.append(' ')
        .append(k.getAsJsonObject().get("name").getAsString()));
    return SearchTokens.of(text.toString()).stream().anyMatch(w -> w.startsWith(prefix));
  }

  @Test
  void withoutAQueryEveryCaseIsFound() {
    open("");
    assertEquals(20, shown().size(), "the first page of results");
    assertEquals(expected(c -> true), all());
    assertEquals(cases.size(), shown().size());
  }

  @Test
  void aClaimWordAndAHeadlineWordFindTheirCaseAndAFacetNarrowsThem() {
    String armenia = "armenia-us-building-nato-base";
    JsonObject theCase = cases.stream()
        .filter(c -> c.get("slug").getAsString().equals(armenia)).findFirst().orElseThrow();
    assertFalse(theCase.get("title").getAsString().toLowerCase().contains("yerevan"));
    open("?q=yerevan");
    assertTrue(shown().contains(armenia), shown().toString());
    assertEquals(expected(c -> hasWordStarting(c, "yerevan")), all());

    open("?q=strike");
    assertTrue(all().contains(armenia), shown().toString());
    new Select(driver.findElement(By.id("search-country"))).selectByValue("armenia");
    assertEquals(expected(c -> hasWordStarting(c, "strike") && tagged(c, "countries", "armenia")),
        all());
    assertTrue(shown().contains(armenia));
    assertTrue(driver.getCurrentUrl().contains("country=armenia"), driver.getCurrentUrl());
  }

  @Test
  void aKeywordNameFindsItsCases() {
    open("?q=provocation");
    Set<String> expected = expected(c -> tagged(c, "keywords", "provocation")
        || hasWordStarting(c, "provocation"));
    assertTrue(expected.contains("armenia-us-building-nato-base"), expected.toString());
    assertEquals(expected, all());
  }

  @Test
  void typingFiltersByTextAsYouTypeAndKeepsItInTheUrl() {
    open("");
    driver.findElement(By.id("search-q")).sendKeys("grai");
    Set<String> expected = expected(c -> hasWordStarting(c, "grai"));
    assertFalse(expected.isEmpty());
    assertTrue(expected.size() < cases.size());
    assertEquals(expected, shown());
    assertTrue(driver.getCurrentUrl().endsWith("search/?q=grai"), driver.getCurrentUrl());
  }

  @Test
  void choosingAFacetFiltersAndCountsAndTheUrlKeepsTheState() {
    open("");
    Select country = new Select(driver.findElement(By.id("search-country")));
    WebElement ukraine = driver.findElement(By.cssSelector("#search-country option[value=ukraine]"));
    Set<String> expected = expected(c -> tagged(c, "countries", "ukraine"));
    assertTrue(ukraine.getText().endsWith("(" + expected.size() + ")"), ukraine.getText());
    country.selectByValue("ukraine");
    assertEquals(expected, shown());
    assertTrue(driver.getCurrentUrl().contains("country=ukraine"), driver.getCurrentUrl());

    driver.findElement(By.id("search-q")).sendKeys("grain");
    Set<String> both = expected(c -> tagged(c, "countries", "ukraine")
        && hasWordStarting(c, "grain"));
    assertEquals(both, shown());
    String shared = driver.getCurrentUrl();

    // A shared link restores the same search in a fresh page.
    driver.get("about:blank");
    driver.get(shared);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) -> !shown().isEmpty());
    assertEquals(both, shown());
    assertEquals("grain", driver.findElement(By.id("search-q")).getAttribute("value"));
    assertEquals("ukraine", new Select(driver.findElement(By.id("search-country")))
        .getFirstSelectedOption().getAttribute("value"));
  }

  @Test
  void aKeywordFromTheUrlAndADateRangeFilter() {
    open("?keyword=nato&from=2026-10-20");
    assertEquals(expected(c -> tagged(c, "keywords", "nato")
        && c.get("date").getAsString().compareTo("2026-10-20") >= 0), shown());
  }

  @Test
  void eachResultLeadsWithItsOwnRatingAndTheRatingFacetFilters() {
    open("?rating=misleading");
    Set<String> misleading = expected(c -> c.get("rating").getAsString().equals("misleading"));
    assertTrue(misleading.size() >= 2, misleading.toString());
    assertEquals(misleading, shown());
    for (WebElement verdict : driver.findElements(By.cssSelector("#search-results .verdict"))) {
      assertEquals("Misleading:", verdict.getText());
    }
    WebElement option = driver.findElement(
        By.cssSelector("#search-rating option[value=missing-context]"));
    // Another rating counts what choosing it instead would give.
    assertEquals("Missing context (" + expected(c -> c.get("rating").getAsString()
        .equals("missing-context")).size() + ")", option.getText());
  }

  @Test
  void theOutletFacetArrivesAfterTheFirstResultsAndFilters() {
    open("?outlet=ria-novosti");
    Set<String> ria = expected(c -> c.getAsJsonArray("outlets").asList().stream()
        .anyMatch(o -> o.getAsString().equals("ria-novosti")));
    assertEquals(4, ria.size(), "RIA Novosti carried four sample cases");
    assertEquals(ria, shown());
    open("");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        !d.findElements(By.cssSelector("#search-outlet option[value=rt]")).isEmpty());
    assertEquals(cases.size(), all().size(), "the facet's arrival keeps every result");
  }

  @Test
  void noResultsExplainsWhatToDo() {
    open("?q=qqxqqzz");
    assertEquals(Set.of(), shown());
    WebElement help = driver.findElement(By.id("search-help"));
    assertTrue(help.isDisplayed());
    driver.findElement(By.id("search-clear")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until((WebDriver d) -> !help.isDisplayed());
    assertEquals(cases.size(), all().size());
    assertTrue(driver.getCurrentUrl().endsWith("search/"), driver.getCurrentUrl());
  }
}
