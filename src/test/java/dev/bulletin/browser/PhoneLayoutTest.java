package dev.bulletin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.reader.SampleSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * No page scrolls sideways on a 390 px phone: every page of the sample site, and every page of a
 * copy whose case carries long unbroken addresses and words, which would otherwise make a phone
 * zoom out to fit them.
 */
class PhoneLayoutTest {
  /** A long address with nothing to break at, as a pasted tracking link is. */
  private static final String LONG_URL = "https://example.org/" + "a1b2c3d4e5".repeat(30);
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    driver = Browser.start();
    Browser.phone(driver);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void noPageOfTheSampleScrollsSideways() throws IOException {
    assertEquals(List.of(), wide(SampleSite.output()));
  }

  @Test
  void longAddressesAndWordsDoNotWidenAnyPage(@TempDir Path temp) throws IOException {
    Path content = SampleSite.copyContent(temp.resolve("content"));
    Path file = content.resolve("cases/2026/crocus-attack-organised-by-ukraine-west.md");
    String text = Files.readString(file)
        .replace("title: \"The Crocus City Hall attack", "title: \"The Crocus"
            + "CityHallAttackWasOrganisedByUkraineAndWesternIntelligenceServices attack")
        .replace("    url: https://www.rt.example/russia/example-crocus-ukraine-trail/",
            "    url: " + LONG_URL + "\n    archive: " + LONG_URL)
        .replace("The claim contradicts the available evidence.", "The claim contradicts the"
            + " available evidence: " + LONG_URL + " and [a link](" + LONG_URL + ") and `"
            + LONG_URL + "`.");
    Files.writeString(file, text + "\n```\n" + LONG_URL + "\n```\n");
    Path site = SampleSite.build(content, temp.resolve("site"));
    assertTrue(Files.readString(site.resolve(
        "cases/crocus-attack-organised-by-ukraine-west/index.html")).contains(LONG_URL));
    assertEquals(List.of(), wide(site));
  }

  /** The pages of {@code site} wider than the phone's screen, with their widths. */
  private static List<String> wide(Path site) throws IOException {
    List<String> wide = new ArrayList<>();
    try (StaticServer server = new StaticServer(site, "/bulletin/")) {
      for (String page : SampleSite.files(site, ".html")) {
        if (page.endsWith("email.html")) {
          continue; // a newsletter for mail clients: a fixed 600 px column they scale to fit
        }
        driver.get(server.baseUrl() + page.replaceFirst("index\\.html$", ""));
        long viewport = (Long) driver.executeScript(
            "return document.documentElement.clientWidth;");
        long content = (Long) driver.executeScript(
            "return document.documentElement.scrollWidth;");
        if (content > viewport) {
          wide.add(page + ": " + content + " > " + viewport);
        }
      }
    }
    return wide;
  }
}
