package dev.bulletin.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.bulletin.reader.SampleSite;
import dev.bulletin.render.SearchTokens;
import dev.bulletin.testing.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The search page of the sample site in a browser, and what it should find, worked out
 * independently from the open data (every case's texts) and keywords.yml (the aliases).
 */
final class SearchPage {
  final ChromeDriver driver;
  final StaticServer server;
  final List<JsonObject> cases = new ArrayList<>();
  private final Map<String, List<String>> aliases = new HashMap<>();

  SearchPage(ChromeDriver driver) throws IOException {
    this.driver = driver;
    Path site = SampleSite.output();
    server = new StaticServer(site, "/bulletin/");
    for (JsonElement c : JsonParser.parseString(SampleSite.read(site, "data/cases.json"))
        .getAsJsonArray()) {
      cases.add(c.getAsJsonObject());
    }
    Path keywords = SampleSite.projectRoot().resolve(Sample.CONTENT).resolve("keywords.yml");
    List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(keywords));
    for (Map<String, Object> entry : entries) {
      @SuppressWarnings("unchecked")
      List<String> list = (List<String>) entry.getOrDefault("aliases", List.of());
      aliases.put(entry.get("name").toString(), list);
    }
  }

  void open(String query) {
    driver.get(server.baseUrl() + "search/" + query);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        !d.findElement(By.id("search-status")).getText().equals(
            d.findElement(By.id("search")).getAttribute("data-t-loading")));
    settle();
  }

  /** Waits until the page has fetched what the last search needs and shows its results. */
  void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
        d.findElement(By.id("search")).getAttribute("aria-busy") == null);
  }

  /** The cases the page lists once it has settled, as slugs in the order shown. */
  List<String> order() {
    settle();
    List<String> slugs = new ArrayList<>();
    for (WebElement link : driver.findElements(By.cssSelector("#search-results .result-title a"))) {
      String href = link.getAttribute("href");
      slugs.add(href.substring(href.indexOf("/cases/") + 7, href.length() - 1));
    }
    return slugs;
  }

  Set<String> shown() {
    return new TreeSet<>(order());
  }

  /** Every case the search found, after asking for more results until none are left. */
  Set<String> all() {
    WebElement more = driver.findElement(By.id("search-more"));
    settle();
    while (more.isDisplayed()) {
      more.click();
      settle();
    }
    return shown();
  }

  Set<String> expected(Predicate<JsonObject> filter) {
    Set<String> slugs = new TreeSet<>();
    cases.stream().filter(filter).forEach(c -> slugs.add(c.get("slug").getAsString()));
    return slugs;
  }

  JsonObject byCase(String slug) {
    return cases.stream().filter(c -> c.get("slug").getAsString().equals(slug)).findFirst()
        .orElseThrow();
  }

  static boolean tagged(JsonObject c, String kind, String slug) {
    return c.getAsJsonArray(kind).asList().stream()
        .anyMatch(t -> t.getAsJsonObject().get("slug").getAsString().equals(slug));
  }

  /**
   * Whether the search should find {@code c} by {@code word}: a word of its headline, claim,
   * summary, response or outlets, of the names and aliases of its terms or of its rating (the
   * sample has a scale), is the word or (for
   * three letters or more) begins with it.
   */
  boolean finds(JsonObject c, String word) {
    StringBuilder text = new StringBuilder();
    for (String field : List.of("title", "claim", "summary", "response")) {
      text.append(c.get(field).getAsString()).append(' ');
    }
    c.getAsJsonArray("sources").forEach(s -> text.append(' ')
        .append(s.getAsJsonObject().get("outlet").getAsString()));
    for (String kind : List.of("keywords", "countries", "languages")) {
      c.getAsJsonArray(kind).forEach(k -> {
        String name = k.getAsJsonObject().get("name").getAsString();
        text.append(' ').append(name);
        aliases.getOrDefault(name, List.of()).forEach(a -> text.append(' ').append(a));
      });
    }
    // With a scale, its steps are a facet and their names are searched as well.
    text.append(' ').append(c.get("verdict").getAsString());
    return SearchTokens.of(text.toString()).stream()
        .anyMatch(w -> w.equals(word) || (word.length() >= 3 && w.startsWith(word)));
  }

  void close() {
    server.close();
  }
}
