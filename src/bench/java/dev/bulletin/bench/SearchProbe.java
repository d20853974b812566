package dev.bulletin.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium under network and CPU emulation (Chrome DevTools protocol commands sent
 * through chromedriver), measuring the search page from inside it: Resource Timing for the
 * bytes of every response (headers included), a mutation observer for when results appear,
 * and the Long Tasks API for the longest task.
 */
final class SearchProbe implements AutoCloseable {
  /** Installed before the page's own scripts, so nothing it does is missed. */
  private static final String OBSERVER = """
      performance.setResourceTimingBufferSize(100000);
      window.__bench = { longest: 0, first: null, last: null };
      try {
        new PerformanceObserver(function (list) {
          list.getEntries().forEach(function (e) {
            __bench.longest = Math.max(__bench.longest, e.duration);
          });
        }).observe({ type: 'longtask', buffered: true });
      } catch (e) { __bench.longest = -1; }
      document.addEventListener('DOMContentLoaded', function () {
        var results = document.getElementById('search-results');
        new MutationObserver(function () {
          __bench.last = performance.now();
          if (__bench.first === null && results.children.length > 0) {
            __bench.first = __bench.last;
          }
        }).observe(results, { childList: true });
      });
      """;
  /** Bytes of the responses that ended by time t (all when t is null), from entry k on. */
  private static final String BYTES = """
      var t = arguments[0], from = arguments[1], sum = 0, body = 0, index = 0, files = 0;
      var all = performance.getEntriesByType('navigation').concat(
          performance.getEntriesByType('resource'));
      for (var k = from; k < all.length; k++) {
        var e = all[k];
        if (t !== null && e.responseEnd > t) { continue; }
        sum += e.transferSize; body += e.encodedBodySize; files++;
        if (e.name.indexOf('/search/') >= 0 && /\\.json$/.test(e.name)) {
          index += e.encodedBodySize;
        }
      }
      return [sum, body, index, files, all.length];
      """;

  /** The emulated phone's network and CPU. */
  static final class Conditions {
    double mbps = 10;
    double latencyMs = 40;
    double cpuSlowdown = 4;

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "network %.1f Mbps with %.0f ms latency, CPU %.0f×"
          + " slower, a 390×844 phone screen", mbps, latencyMs, cpuSlowdown);
    }
  }

  private final ChromeDriver driver;

  SearchProbe(Conditions conditions) throws IOException {
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=390,844",
        "--user-data-dir=" + Files.createTempDirectory("bulletin-search-bench-"));
    driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort()
        .build(), options);
    double bytesPerSecond = conditions.mbps * 1_000_000 / 8;
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
        "latency", conditions.latencyMs, "downloadThroughput", bytesPerSecond,
        "uploadThroughput", bytesPerSecond));
    // A phone's screen as the viewport itself, not a window whose toolbars take part of it.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
        "height", 844, "deviceScaleFactor", 3, "mobile", true));
    driver.executeCdpCommand("Emulation.setCPUThrottlingRate",
        Map.of("rate", conditions.cpuSlowdown));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
  }

  /**
   * Opens {@code searchUrl} with the first word in its query, as a shared link, then types the
   * second word letter by letter and pastes the rest at once; one line of figures per step.
   */
  List<String> measure(String searchUrl, List<String> words) {
    List<String> lines = new ArrayList<>();
    driver.get(searchUrl + "?q=" + URLEncoder.encode(words.get(0), StandardCharsets.UTF_8));
    waitUntil("return __bench.first !== null && !document.getElementById('search')"
        + ".hasAttribute('aria-busy');");
    double first = number(script("return __bench.first;"));
    List<?> before = (List<?>) script(BYTES, first, 0);
    lines.add(String.format(Locale.ROOT, "  \"%s\" from a shared link: first results after %.0f"
        + " ms; %s before them; %s results; longest task %s", words.get(0), first,
        bytes(before), results(), longest()));
    int seen = (int) number(((List<?>) script(BYTES, null, 0)).get(4));
    for (int w = 1; w < words.size(); w++) {
      boolean typed = w == 1;
      script("if (__bench.longest > 0) { __bench.longest = 0; }");
      double start = number(script("return performance.now();"));
      if (typed) {
        driver.findElement(By.id("search-q")).sendKeys(" " + words.get(w));
      } else {
        script("var q = document.getElementById('search-q'); q.value += ' ' + arguments[0];"
            + "q.dispatchEvent(new Event('input', { bubbles: true }));", words.get(w));
      }
      waitUntil("return !document.getElementById('search').hasAttribute('aria-busy')"
          + " && __bench.last > " + start + ";");
      double shown = number(script("return __bench.last;")) - start;
      List<?> more = (List<?>) script(BYTES, null, seen);
      seen = (int) number(more.get(4));
      lines.add(String.format(Locale.ROOT, "  then \"%s\" %s: %s more; results after %.0f ms;"
          + " %s results; longest task %s", words.get(w),
          typed ? "typed letter by letter" : "pasted at once", bytes(more), shown, results(),
          longest()));
    }
    return lines;
  }

  private String bytes(List<?> figures) {
    return String.format(Locale.ROOT, "%.1f KB transferred in %d responses (gzip bodies %.1f KB,"
        + " of which the search index %.1f KB)", number(figures.get(0)) / 1000,
        (int) number(figures.get(3)), number(figures.get(1)) / 1000,
        number(figures.get(2)) / 1000);
  }

  private String results() {
    return String.valueOf(script("return document.getElementById('search-status')"
        + ".textContent.replace(/\\D+/g, ' ').trim().split(' ').pop();"));
  }

  private String longest() {
    double longest = number(script("return __bench.longest;"));
    return longest < 0 ? "not reported by this browser"
        : String.format(Locale.ROOT, "%.0f ms", longest);
  }

  private Object script(String code, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(code, args);
  }

  private void waitUntil(String condition) {
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until((WebDriver d) -> Boolean.TRUE.equals(script(condition)));
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  /**
   * Three words of the built index to search for: in the shards a third, half and two thirds
   * of the way along, the word of four letters or more held by the most cases (not a word of
   * web addresses, which link texts put in many responses).
   */
  static List<String> wordsOf(Path site) throws IOException {
    JsonObject manifest = JsonParser.parseString(Files.readString(
        site.resolve("search/manifest.json"))).getAsJsonObject();
    int shards = manifest.getAsJsonArray("shards").size();
    List<String> words = new ArrayList<>();
    for (int shard : new int[] {shards / 3, shards / 2, 2 * shards / 3}) {
      JsonObject file = JsonParser.parseString(Files.readString(
          site.resolve("search/words/" + shard + ".json"))).getAsJsonObject();
      JsonArray list = file.getAsJsonArray("words");
      String best = list.get(0).getAsString();
      int most = -1;
      for (int w = 0; w < list.size(); w++) {
        int postings = file.getAsJsonArray("postings").get(w).getAsJsonArray().size();
        String word = list.get(w).getAsString();
        if (word.length() >= 4 && postings > most && !word.matches("https?|www|.*\\d.*")
            && !words.contains(word)) {
          most = postings;
          best = word;
        }
      }
      words.add(best);
    }
    return words;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
