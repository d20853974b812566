package dev.bulletin.model;

import java.util.Objects;

/**
 * Settings from site.yml. {@code baseUrl} always ends with a slash; {@link #basePath()} is its
 * path, which prefixes every internal link so the site works at a domain root or under a
 * sub-path.
 */
public record SiteConfig(
    String title,
    String baseUrl,
    String language,
    String description,
    Publisher publisher,
    String verdict) {

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    description = description == null ? "" : description;
    publisher = publisher == null ? new Publisher(title, baseUrl) : publisher;
    verdict = verdict == null || verdict.isBlank() ? "Disinformation" : verdict;
    if (!baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
  }

  /** The path of the base URL, e.g. {@code /bulletin/} or {@code /}. */
  public String basePath() {
    int scheme = baseUrl.indexOf("://");
    int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : baseUrl.substring(slash);
  }

  public SiteConfig withBaseUrl(String newBaseUrl) {
    return new SiteConfig(title, newBaseUrl, language, description, publisher, verdict);
  }
}
