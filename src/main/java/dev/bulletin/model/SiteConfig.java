package dev.bulletin.model;

import dev.bulletin.diag.CheckPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Settings from site.yml. {@link #basePath()} is the path of the base URL, which prefixes every
 * internal link so the site works at a domain root or under a sub-path. {@code
 * correctionsPolicy} is "" or where the corrections policy is: a full web address, or a path of
 * this site such as {@code corrections-policy/}. {@code checks} is the level of each warning
 * rule, from {@code checks:}. {@code ratings} is the rating scale from worst to best, empty
 * when site.yml gives none (then {@link #verdict} is the scale's one step); {@code
 * outletPageMin} is how many cases an outlet needs for a page of its own. {@code defaultAuthor}
 * is "" or the id of the desk (from authors.yml) that signs cases without an {@code author}.
 */
public record SiteConfig(
    String title,
    BaseUrl baseUrl,
    String language,
    String description,
    Publisher publisher,
    String verdict,
    String correctionsPolicy,
    CheckPolicy checks,
    List<Rating> ratings,
    int outletPageMin,
    Optional<Image> image,
    String defaultAuthor) {

  /** How many cases an outlet needs for a page of its own when site.yml does not say. */
  public static final int OUTLET_PAGE_MIN = 2;

  // Languages written right to left (ISO 639 codes), for the `dir` of pages that need it.
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he",
      "iw", "ks", "ps", "sd", "ug", "ur", "yi");

  // For og:locale, which needs a territory: where a bulletin in the language is most likely read.
  private static final Map<String, String> LIKELY_REGIONS = Map.ofEntries(
      Map.entry("en", "US"), Map.entry("uk", "UA"), Map.entry("ru", "RU"), Map.entry("de", "DE"),
      Map.entry("fr", "FR"), Map.entry("es", "ES"), Map.entry("it", "IT"), Map.entry("pl", "PL"),
      Map.entry("be", "BY"), Map.entry("ka", "GE"), Map.entry("hy", "AM"), Map.entry("ro", "RO"),
      Map.entry("lt", "LT"), Map.entry("lv", "LV"), Map.entry("et", "EE"), Map.entry("cs", "CZ"),
      Map.entry("sk", "SK"), Map.entry("bg", "BG"), Map.entry("sr", "RS"), Map.entry("ar", "AR"));

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    description = description == null ? "" : description;
    publisher = publisher == null ? new Publisher(title, baseUrl.toString()) : publisher;
    verdict = verdict == null || verdict.isBlank() ? "Disinformation" : verdict;
    correctionsPolicy = correctionsPolicy == null ? "" : correctionsPolicy;
    checks = checks == null ? CheckPolicy.DEFAULT : checks;
    ratings = ratings == null ? List.of() : List.copyOf(ratings);
    if (outletPageMin < 1) {
      throw new IllegalArgumentException("outletPageMin must be at least 1: " + outletPageMin);
    }
    image = image == null ? Optional.empty() : image;
    defaultAuthor = defaultAuthor == null ? "" : defaultAuthor;
  }

  /**
   * Settings without a rating scale, picture or default author, with the default outlet
   * threshold.
   */
  public SiteConfig(String title, BaseUrl baseUrl, String language, String description,
      Publisher publisher, String verdict, String correctionsPolicy, CheckPolicy checks) {
    this(title, baseUrl, language, description, publisher, verdict, correctionsPolicy, checks,
        List.of(), OUTLET_PAGE_MIN, Optional.empty(), "");
  }

  /** Settings whose rules all warn at their default level. */
  public SiteConfig(String title, BaseUrl baseUrl, String language, String description,
      Publisher publisher, String verdict, String correctionsPolicy) {
    this(title, baseUrl, language, description, publisher, verdict, correctionsPolicy,
        CheckPolicy.DEFAULT);
  }

  /** Settings without a corrections policy. */
  public SiteConfig(String title, BaseUrl baseUrl, String language, String description,
      Publisher publisher, String verdict) {
    this(title, baseUrl, language, description, publisher, verdict, "");
  }

  /** Whether site.yml defines a rating scale of its own (else every case gets the verdict). */
  public boolean hasScale() {
    return !ratings.isEmpty();
  }

  /**
   * The scale cases are rated on, worst first: site.yml's {@code ratings}, or else one step
   * named by {@code verdict}.
   */
  public List<Rating> scale() {
    if (hasScale()) {
      return ratings;
    }
    String slug = Slugs.of(verdict);
    return List.of(new Rating(verdict, slug.isEmpty() ? "verdict" : slug, "", null, 0));
  }

  /**
   * The rating of a case that sets none: the worst step. A bulletin that adds a scale keeps
   * the meaning of its archive, whose every case was published under the one verdict, the
   * label of the claims it exists to debunk.
   */
  public Rating defaultRating() {
    return scale().get(0);
  }

  /** The step of the scale with this slug, if any. */
  public Optional<Rating> rating(String slug) {
    return scale().stream().filter(r -> r.slug().equals(slug)).findFirst();
  }

  /**
   * The step an editor means by {@code written}, its name or slug in any case or spacing
   * ("missing context", "Missing-Context").
   */
  public Optional<Rating> ratingNamed(String written) {
    String slug = Slugs.of(written);
    return scale().stream()
        .filter(r -> r.slug().equals(slug) || Slugs.of(r.name()).equals(slug)).findFirst();
  }

  /** The path of the base URL, e.g. {@code /bulletin/} or {@code /}. */
  public String basePath() {
    return baseUrl.path();
  }

  /** The absolute address of the corrections policy, or "" when site.yml names none. */
  public String correctionsPolicyUrl() {
    if (correctionsPolicy.isEmpty() || WebAddresses.isWebAddress(correctionsPolicy)) {
      return correctionsPolicy;
    }
    return baseUrl.resolve(correctionsPolicy.startsWith("/") ? correctionsPolicy.substring(1)
        : correctionsPolicy);
  }

  /** {@code rtl} for a language written right to left (Arabic, Hebrew, Persian…), else ltr. */
  public String direction() {
    String primary = Locale.forLanguageTag(language).getLanguage();
    return RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
  }

  /**
   * The language as OpenGraph writes it, language_TERRITORY ({@code en_US}, {@code uk_UA}): the
   * tag's own region, else the country a bulletin in that language most likely serves; a
   * language with no such country stays as it is.
   */
  public String ogLocale() {
    Locale locale = Locale.forLanguageTag(language);
    String region = locale.getCountry().isEmpty()
        ? LIKELY_REGIONS.getOrDefault(locale.getLanguage(), "") : locale.getCountry();
    return region.isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + region;
  }

  public SiteConfig withBaseUrl(BaseUrl newBaseUrl) {
    return new SiteConfig(title, newBaseUrl, language, description, publisher, verdict,
        correctionsPolicy, checks, ratings, outletPageMin, image, defaultAuthor);
  }
}
