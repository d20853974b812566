package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UI strings come from the bundle of the site's language; Ukrainian is complete. */
class LanguageTest {

  private static Set<String> keys(String language) throws IOException {
    Properties properties = new Properties();
    Path file = SampleSite.projectRoot().resolve("templates/i18n/" + language + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void theUkrainianBundleTranslatesEveryKey() throws IOException {
    assertEquals(keys("en"), keys("uk"));
  }

  @Test
  void aUkrainianSiteSpeaksUkrainian(@TempDir Path folder) throws IOException {
    Path content = SampleSite.copyContent(folder.resolve("content"));
    Path config = content.resolve("site.yml");
    Files.writeString(config, Files.readString(config).replace("language: en", "language: uk"));
    Path site = SampleSite.build(content, folder.resolve("site"));
    for (String page : new String[] {"index.html", "search/index.html",
        "cases/armenia-us-building-nato-base/index.html", "keywords/nato/index.html"}) {
      Document html = Jsoup.parse(SampleSite.read(site, page));
      assertEquals("uk", html.selectFirst("html").attr("lang"), page);
      String nav = html.select("header nav").text();
      assertTrue(nav.contains("Випуски") && nav.contains("Пошук"), nav);
      assertEquals("Перейти до змісту", html.selectFirst(".skip-link").text());
    }
    Document casePage = Jsoup.parse(SampleSite.read(site,
        "cases/armenia-us-building-nato-base/index.html"));
    assertTrue(casePage.select(".meta").text().contains("хв читання"));
    assertTrue(casePage.select(".kicker").text().startsWith("Опубліковано у: Випуск 309"));
  }
}
