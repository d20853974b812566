package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("\\.(one|few|many|other)$");

  /** The phrases a bundle translates: a counted phrase once, whatever its plural forms. */
  private static Set<String> phrases(Set<String> keys) {
    return new TreeSet<>(keys.stream().map(k -> FORM.matcher(k).replaceFirst("")).toList());
  }

  /** The plural forms a bundle gives {@code phrase}. */
  private static Set<String> forms(Set<String> keys, String phrase) {
    return new TreeSet<>(keys.stream().filter(k -> k.startsWith(phrase + "."))
        .map(k -> k.substring(phrase.length() + 1)).toList());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"uk, one few many", "ru, one few many",
      "de, one other"})
  void everyBundleTranslatesEveryKeyInThePluralFormsItsLanguageNeeds(String language,
      String plurals) throws IOException {
    Set<String> english = keys("en");
    Set<String> translated = keys(language);
    assertEquals(phrases(english), phrases(translated));
    for (String counted : List.of("issues.caseCount", "terms.caseCount")) {
      assertEquals(Set.of("one", "other"), forms(english, counted), counted);
      assertEquals(Set.of(plurals.split(" ")), forms(translated, counted), counted);
    }
  }

  @Test
  void aLanguageWithoutABundleIsShownInEnglishAndTheBuildSaysSo(@TempDir Path folder)
      throws IOException {
    Path content = SampleSite.copyContent(folder.resolve("content"));
    Path config = content.resolve("site.yml");
    Files.writeString(config, Files.readString(config).replace("language: en", "language: fr"));
    dev.bulletin.Report report;
    try (dev.bulletin.Bulletin bulletin = new dev.bulletin.Bulletin(folder, 2)) {
      report = bulletin.build(new dev.bulletin.BuildOptions(content,
          SampleSite.projectRoot().resolve("templates"), folder.resolve("site"),
          java.util.Optional.empty(), false, false));
    }
    assertTrue(report.published(), report::toString);
    int phrases = phrases(keys("en")).size();
    assertEquals(List.of("the theme has no `fr` text for " + phrases + " UI strings, shown in"
        + " English: authors.authorDescription, authors.description, authors.title,"
        + " case.alsoTagged, case.archived, case.by, case.claim, case.claimPublished, …; add"
        + " them to templates/i18n/fr.properties"), report.notes());
    Document home = Jsoup.parse(SampleSite.read(folder.resolve("site"), "index.html"));
    assertEquals("fr", home.selectFirst("html").attr("lang"));
    assertTrue(home.select("header nav").text().contains("Issues"));
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
