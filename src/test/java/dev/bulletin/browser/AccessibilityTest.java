package dev.bulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.bulletin.reader.SampleSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, injected into real pages of the sample site, finds no serious or critical
 * violation, and pages fit a 390 px phone screen without sideways scrolling.
 */
class AccessibilityTest {
  /** axe-core's script, as Deque ships it in its Selenium jar (see the pom). */
  private static final String AXE = "axe.min.js";
  private static ChromeDriver driver;
  private static StaticServer server;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    driver = Browser.start();
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    server = new StaticServer(SampleSite.output(), "/bulletin/");
    try (InputStream in = AccessibilityTest.class.getClassLoader().getResourceAsStream(AXE)) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

  @ParameterizedTest
  @ValueSource(strings = {"", "issues/310/", "cases/armenia-us-building-nato-base/",
      "keywords/nato/", "search/?q=grain", "search/?q=nato+base&keyword=nato",
      "authors/east-desk/", "ratings/", "ratings/misleading/", "outlets/",
      "outlets/ria-novosti/", "corrections/", "search/?rating=misleading&outlet=rt"})
  void axeFindsNoSeriousOrCriticalViolation(String page) {
    driver.manage().window().setSize(new Dimension(1280, 900));
    for (String scheme : List.of("light", "dark")) {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
          List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      driver.get(server.baseUrl() + page);
      if (page.startsWith("search/")) {
        // The results, with their marks and chips, are what is checked there.
        String shown = page.contains("q=") ? "#search-results mark" : "#search-results li";
        new WebDriverWait(driver, Duration.ofSeconds(20)).until((WebDriver d) ->
            d.findElement(By.id("search")).getAttribute("aria-busy") == null
                && !d.findElements(By.cssSelector(shown)).isEmpty());
      }
      assertEquals(List.of(), seriousViolations(), page + " in the " + scheme + " scheme");
    }
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  @org.junit.jupiter.api.Test
  void axeReportsABrokenPage() {
    driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><title>x</title>"
        + "<body><img src=x.png><input></body></html>");
    assertTrue(seriousViolations().size() >= 2, "axe must catch a missing alt and label");
  }

  private static List<String> seriousViolations() {
    driver.executeScript(axe);
    String result = (String) driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations)); })"
            + ".catch(function (e) { done('error: ' + e); });");
    assertTrue(result.startsWith("["), result);
    List<String> serious = new ArrayList<>();
    for (JsonElement element : JsonParser.parseString(result).getAsJsonArray()) {
      JsonObject violation = element.getAsJsonObject();
      String impact = violation.get("impact").isJsonNull() ? ""
          : violation.get("impact").getAsString();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(impact + " " + violation.get("id").getAsString() + ": "
            + violation.get("help").getAsString() + " at "
            + violation.getAsJsonArray("nodes").get(0).getAsJsonObject().get("target"));
      }
    }
    return serious;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "cases/armenia-us-building-nato-base/", "search/"})
  void pagesFitAPhoneScreen(String page) {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(server.baseUrl() + page);
    long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth;");
    long content = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
    assertTrue(content <= viewport, page + " scrolls sideways: " + content + " > " + viewport);
  }
}
