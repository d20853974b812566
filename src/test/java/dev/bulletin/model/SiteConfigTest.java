package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {
  private static SiteConfig at(String baseUrl) {
    return new SiteConfig("T", BaseUrl.of(baseUrl), "en", "", null, null);
  }

  @Test
  void basePathIsThePathOfTheBaseUrl() {
    assertEquals("/bulletin/", at("https://example.org/bulletin/").basePath());
    assertEquals("/bulletin/", at("https://example.org/bulletin").basePath());
    assertEquals("/", at("https://example.org").basePath());
    assertEquals("/", at("http://127.0.0.1:8080/").basePath());
  }

  @Test
  void ogLocaleIsLanguageAndTerritory() {
    java.util.function.Function<String, String> og = language ->
        new SiteConfig("T", BaseUrl.of("https://example.org/"), language, "", null, null)
            .ogLocale();
    assertEquals("en_US", og.apply("en"));
    assertEquals("uk_UA", og.apply("uk"));
    assertEquals("en_GB", og.apply("en-GB"));
    assertEquals("pt_BR", og.apply("pt-BR"));
    assertEquals("eo", og.apply("eo"));
  }

  @Test
  void withoutAScaleTheVerdictIsTheOneStepAndEveryCaseGetsIt() {
    SiteConfig config = new SiteConfig("T", BaseUrl.of("https://example.org/"), "en", "", null,
        "Fake");
    assertEquals(List.of("Fake"), config.scale().stream().map(Rating::name).toList());
    assertEquals("fake", config.defaultRating().slug());
    assertEquals(java.util.Optional.empty(), config.ratingNamed("Misleading"));
  }

  @Test
  void aCaseWithoutRatingGetsTheWorstStepAndNamesMatchInAnyCase() {
    List<Rating> scale = List.of(new Rating("Disinformation", "disinformation", "d", 1, 0),
        new Rating("Missing context", "context", "m", 2, 1));
    SiteConfig config = new SiteConfig("T", BaseUrl.of("https://example.org/"), "en", "", null,
        null, "", null, scale, 2, Optional.empty(), "");
    assertEquals("Disinformation", config.defaultRating().name());
    assertEquals("context", config.ratingNamed("missing CONTEXT").orElseThrow().slug());
    assertEquals("context", config.ratingNamed("Context").orElseThrow().slug());
    assertEquals(java.util.Optional.empty(), config.ratingNamed("Misleading"));
  }
}
