package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClaimReview on case pages, Organization and WebSite on the home page, and page metadata. */
class StructuredDataTest {
  private static final String CASE = "cases/armenia-us-building-nato-base/";
  private final Path site = SampleSite.output();

  private static JsonObject jsonLd(Document page) {
    Elements scripts = page.select("script[type=application/ld+json]");
    assertEquals(1, scripts.size());
    return JsonParser.parseString(scripts.get(0).data()).getAsJsonObject();
  }

  @Test
  void everyCasePageCarriesAClaimReview() {
    for (String page : SampleSite.files(site, ".html")) {
      if (page.startsWith("cases/")) {
        JsonObject review = jsonLd(Jsoup.parse(SampleSite.read(site, page)));
        assertEquals("ClaimReview", review.get("@type").getAsString(), page);
        assertEquals("https://example.org/bulletin/" + page.replace("index.html", ""),
            review.get("url").getAsString());
      }
    }
  }

  @Test
  void theClaimReviewCarriesTheFieldsAggregatorsRead() {
    JsonObject review = jsonLd(Jsoup.parse(SampleSite.read(site, CASE + "index.html")));
    assertEquals("https://schema.org", review.get("@context").getAsString());
    assertEquals("The US is building a NATO base in Armenia to strike Russia and Iran",
        review.get("claimReviewed").getAsString());
    assertEquals("2026-10-29", review.get("datePublished").getAsString(), "issue 309's date");
    assertEquals("2026-11-03", review.get("dateModified").getAsString(), "its correction");
    JsonObject unchanged = jsonLd(Jsoup.parse(SampleSite.read(site,
        "cases/usa-elections-deep-state-stolen/index.html")));
    assertFalse(unchanged.has("dateModified"), "a case never updated has no dateModified");
    JsonObject author = review.getAsJsonObject("author");
    assertEquals("Organization", author.get("@type").getAsString());
    assertEquals("Disinfo Watch Desk", author.get("name").getAsString());
    assertEquals("Disinformation",
        review.getAsJsonObject("reviewRating").get("alternateName").getAsString());
    JsonObject claim = review.getAsJsonObject("itemReviewed");
    assertEquals("Claim", claim.get("@type").getAsString());
    assertEquals("2026-10-25", claim.get("datePublished").getAsString());
    JsonArray appearance = claim.getAsJsonArray("appearance");
    assertEquals(2, appearance.size());
    assertEquals("https://armeniasputnik.example/20261025/example-nato-base.html",
        appearance.get(0).getAsJsonObject().get("url").getAsString());
    assertEquals("Sputnik Armenia", claim.getAsJsonObject("author").get("name").getAsString());
  }

  @Test
  void theReviewRatingIsTheCasesOwnStepOfTheScale() {
    JsonObject rating = jsonLd(Jsoup.parse(SampleSite.read(site,
        "cases/sanctions-destroying-europe-not-russia/index.html")))
        .getAsJsonObject("reviewRating");
    assertEquals("Rating", rating.get("@type").getAsString());
    assertEquals("Misleading", rating.get("alternateName").getAsString());
    // The sample's scale runs from Disinformation (1) to Missing context (3).
    assertEquals(2, rating.get("ratingValue").getAsInt());
    assertEquals(3, rating.get("bestRating").getAsInt());
    assertEquals(1, rating.get("worstRating").getAsInt());
    Document page = Jsoup.parse(SampleSite.read(site,
        "cases/sanctions-destroying-europe-not-russia/index.html"));
    assertTrue(page.title().startsWith("Misleading: "), page.title());
    assertEquals("Misleading:", page.selectFirst("h1 .verdict").text());
    assertEquals("/bulletin/ratings/misleading/",
        page.selectFirst("p.rating a").attr("href"));
  }

  @Test
  void theHomePageNamesThePublisherAndTheSite() {
    JsonObject root = jsonLd(Jsoup.parse(SampleSite.read(site, "index.html")));
    JsonArray graph = root.getAsJsonArray("@graph");
    assertEquals("Organization", graph.get(0).getAsJsonObject().get("@type").getAsString());
    JsonObject website = graph.get(1).getAsJsonObject();
    assertEquals("WebSite", website.get("@type").getAsString());
    assertEquals("https://example.org/bulletin/", website.get("url").getAsString());
  }

  @Test
  void everyPageHasCanonicalDescriptionOpenGraphAndTwitterTags() {
    for (String page : SampleSite.files(site, ".html")) {
      if (page.endsWith("/email.html")) {
        continue; // a newsletter is pasted into a mail, where none of these tags mean anything
      }
      Document html = Jsoup.parse(SampleSite.read(site, page));
      for (String selector : new String[] {"link[rel=canonical]", "meta[name=description]",
          "meta[property=og:title]", "meta[property=og:description]", "meta[property=og:url]",
          "meta[property=og:type]", "meta[name=twitter:card]", "meta[name=twitter:title]"}) {
        Elements found = html.select(selector);
        assertEquals(1, found.size(), page + " " + selector);
        String value = found.hasAttr("href") ? found.attr("href") : found.attr("content");
        assertFalse(value.isBlank(), page + " " + selector);
      }
      assertEquals("en", html.selectFirst("html").attr("lang"), page);
    }
  }

  @Test
  void aTitleCannotCloseTheScriptElement(@TempDir Path folder) throws Exception {
    Path content = SampleSite.copyContent(folder.resolve("content"));
    Path file = content.resolve("cases/2026/armenia-us-building-nato-base.md");
    String hostile = "Base </script><script>alert(1)</script> & <!-- \"q\"";
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst(
        "title: \".*\"", "title: '" + hostile + "'"), StandardCharsets.UTF_8);
    Path built = SampleSite.build(content, folder.resolve("site"));
    String html = SampleSite.read(built, CASE + "index.html");
    String head = html.substring(0, html.indexOf("</head>"));
    assertFalse(head.contains("<script>alert"), "content broke out of the JSON-LD script");
    assertTrue(head.contains("\\u003c/script\\u003e"), head);
    Document page = Jsoup.parse(html);
    assertEquals(hostile, jsonLd(page).get("claimReviewed").getAsString());
    assertTrue(page.select("script:not([type])").stream()
        .noneMatch(s -> s.data().contains("alert")));
  }
}
