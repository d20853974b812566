package dev.bulletin.model;

import java.util.Objects;

/**
 * Settings from site.yml. {@link #basePath()} is the path of the base URL, which prefixes every
 * internal link so the site works at a domain root or under a sub-path.
 */
public record SiteConfig(
    String title,
    BaseUrl baseUrl,
    String language,
    String description,
    Publisher publisher,
    String verdict) {

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    description = description == null ? "" : description;
    publisher = publisher == null ? new Publisher(title, baseUrl.toString()) : publisher;
    verdict = verdict == null || verdict.isBlank() ? "Disinformation" : verdict;
  }

  /** The path of the base URL, e.g. {@code /bulletin/} or {@code /}. */
  public String basePath() {
    return baseUrl.path();
  }

  public SiteConfig withBaseUrl(BaseUrl newBaseUrl) {
    return new SiteConfig(title, newBaseUrl, language, description, publisher, verdict);
  }
}
