package dev.bulletin.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole bulletin, assembled once and then only read: issues newest first, cases newest
 * first, terms by kind in name order, the related cases of each case by slug, the old
 * addresses (aliases) that lead on to pages, by old address, and the media files.
 */
public record Site(
    SiteConfig config,
    List<IssueGroup> issues,
    List<Case> cases,
    Map<TermKind, List<TermGroup>> terms,
    Map<String, Author> authors,
    List<FreePage> pages,
    Map<String, List<Case>> related,
    List<Redirect> redirects,
    List<MediaFile> media) {

  public Site {
    Objects.requireNonNull(config, "config");
    issues = List.copyOf(issues);
    cases = List.copyOf(cases);
    terms = Map.copyOf(terms);
    authors = Map.copyOf(authors);
    pages = List.copyOf(pages);
    related = Map.copyOf(related);
    redirects = List.copyOf(redirects);
    media = List.copyOf(media);
  }

  /** A site without media files. */
  public Site(SiteConfig config, List<IssueGroup> issues, List<Case> cases,
      Map<TermKind, List<TermGroup>> terms, Map<String, Author> authors, List<FreePage> pages,
      Map<String, List<Case>> related, List<Redirect> redirects) {
    this(config, issues, cases, terms, authors, pages, related, redirects, List.of());
  }

  /** A site without aliases. */
  public Site(SiteConfig config, List<IssueGroup> issues, List<Case> cases,
      Map<TermKind, List<TermGroup>> terms, Map<String, Author> authors, List<FreePage> pages,
      Map<String, List<Case>> related) {
    this(config, issues, cases, terms, authors, pages, related, List.of(), List.of());
  }

  public List<TermGroup> terms(TermKind kind) {
    return terms.getOrDefault(kind, List.of());
  }

  /**
   * The newest issue with published cases, which the home page leads with: a new issue whose
   * cases are still drafts (or not written yet) would show as an empty front page.
   */
  public Optional<IssueGroup> latestIssue() {
    return issues.stream().filter(group -> !group.cases().isEmpty()).findFirst();
  }

  public Optional<Author> author(String id) {
    return Optional.ofNullable(authors.get(id));
  }

  public List<Case> relatedTo(Case c) {
    return related.getOrDefault(c.slug(), List.of());
  }
}
