package dev.bulletin.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One debunked claim. HTML fields are already rendered from Markdown and sanitized; {@code
 * claimText} is the claim as plain text, for excerpts and structured data. {@code authorId} is ""
 * when no author is set. {@code updates} are the notes added since publication, oldest first.
 * {@code rating} is the step of the site's scale the claim was judged to be; {@code image} is
 * the picture that stands for the case in share cards.
 */
public record Case(
    String slug,
    String sourceFile,
    String title,
    int issue,
    LocalDate date,
    List<Term> languages,
    List<Term> countries,
    List<Term> keywords,
    String claimHtml,
    String claimText,
    String responseHtml,
    String responseText,
    String summary,
    List<Source> sources,
    String warning,
    String authorId,
    boolean draft,
    int readingMinutes,
    List<Update> updates,
    Rating rating,
    Optional<Image> image) {

  public Case {
    if (!Slugs.isSafe(slug)) {
      throw new IllegalArgumentException("unsafe slug: " + slug);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    keywords = List.copyOf(keywords);
    sources = List.copyOf(sources);
    warning = warning == null ? "" : warning;
    summary = summary == null ? "" : summary;
    responseText = responseText == null ? "" : responseText;
    authorId = authorId == null ? "" : authorId;
    sourceFile = sourceFile == null ? "" : sourceFile;
    updates = updates == null ? List.of() : List.copyOf(updates);
    image = image == null ? Optional.empty() : image;
    Objects.requireNonNull(rating, "rating");
  }

  /** This case signed by {@code id} (an author of authors.yml). */
  public Case withAuthorId(String id) {
    return new Case(slug, sourceFile, title, issue, date, languages, countries, keywords,
        claimHtml, claimText, responseHtml, responseText, summary, sources, warning, id, draft,
        readingMinutes, updates, rating, image);
  }

  /** A case that has not been updated since it was published and has no picture. */
  public Case(String slug, String sourceFile, String title, int issue, LocalDate date,
      List<Term> languages, List<Term> countries, List<Term> keywords, String claimHtml,
      String claimText, String responseHtml, String responseText, String summary,
      List<Source> sources, String warning, String authorId, boolean draft,
      int readingMinutes, Rating rating) {
    this(slug, sourceFile, title, issue, date, languages, countries, keywords, claimHtml,
        claimText, responseHtml, responseText, summary, sources, warning, authorId, draft,
        readingMinutes, List.of(), rating, Optional.empty());
  }

  /** The date of the latest update, if the case has any (updates are oldest first). */
  public Optional<LocalDate> lastUpdated() {
    return updates.stream().map(Update::date).max(LocalDate::compareTo);
  }

  /** Site-relative URL, e.g. {@code cases/some-slug/}. */
  public String path() {
    return pathOf(slug);
  }

  /** The address of the case named {@code slug}; also where an alias of a case leads from. */
  public static String pathOf(String slug) {
    return "cases/" + slug + "/";
  }

  /** The case's terms of one kind. */
  public List<Term> terms(TermKind kind) {
    return switch (kind) {
      case KEYWORD -> keywords;
      case COUNTRY -> countries;
      case LANGUAGE -> languages;
    };
  }
}
