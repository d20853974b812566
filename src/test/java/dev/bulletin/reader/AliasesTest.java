package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses (aliases) of a case, an issue and a page lead on, and are listed nowhere. */
class AliasesTest {
  @TempDir Path root;
  private Path site;

  @BeforeEach
  void build() {
    Path content = SiteFixture.write(root.resolve("content"), SiteFixture.BASICS + """
        -- issues/1.md --
        ---
        number: 1
        date: 2026-01-08
        aliases: [first]
        ---
        -- cases/2026/nato-base.md --
        ---
        title: "NATO is building a base"
        issue: 1
        date: 2026-01-05
        languages: [Russian]
        countries: [Armenia]
        keywords: [NATO, Elections, Nazi/Fascist]
        sources:
          - outlet: Example News
        aliases: [old-name, nato-camp]
        claim: NATO is building a secret base.
        ---
        No such base exists.
        -- pages/about.md --
        ---
        title: About
        aliases: [who-we-are]
        ---
        About us.
        """);
    site = root.resolve("site");
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      Report report = bulletin.build(new BuildOptions(content, root.resolve("templates"), site,
          Optional.empty(), false, true));
      assertTrue(report.ok(), report.diagnostics()::toString);
    }
  }

  @Test
  void eachAliasIsASmallPageLeadingToTheAddressOfToday() throws IOException {
    assertRedirect("cases/old-name/index.html", "https://example.org/cases/nato-base/");
    assertRedirect("cases/nato-camp/index.html", "https://example.org/cases/nato-base/");
    assertRedirect("issues/first/index.html", "https://example.org/issues/1/");
    assertRedirect("who-we-are/index.html", "https://example.org/about/");
  }

  @Test
  void noListFeedSitemapOrSearchIndexKnowsTheAliases() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = site.relativize(file).toString();
        if (List.of("cases/old-name", "cases/nato-camp", "issues/first", "who-we-are").stream()
            .anyMatch(relative::startsWith)) {
          continue;
        }
        String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String alias : List.of("old-name", "nato-camp", "issues/first", "who-we-are")) {
          assertFalse(text.contains(alias), relative + " mentions " + alias);
        }
      }
    }
    assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("cases/nato-base/"),
        "the check above would see an alias in the sitemap");
  }

  private void assertRedirect(String page, String target) throws IOException {
    Path file = site.resolve(page);
    assertTrue(Files.isRegularFile(file), page);
    Document html = Jsoup.parse(Files.readString(file));
    assertEquals("noindex", html.selectFirst("meta[name=robots]").attr("content"));
    assertEquals(target, html.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("0; url=" + target,
        html.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertEquals(target, html.selectFirst("body a").attr("href"));
    assertEquals("en", html.selectFirst("html").attr("lang"));
  }
}
