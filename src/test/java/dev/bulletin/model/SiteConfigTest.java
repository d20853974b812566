package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
