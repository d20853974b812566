package dev.bulletin.model;

import java.util.List;
import java.util.Objects;

/**
 * A keyword, country or language as cases are tagged with it. {@code aliases} are the other
 * spellings keywords.yml gives a keyword (search finds the keyword's cases by them too); countries
 * and languages have none.
 */
public record Term(TermKind kind, String name, String slug, String description,
    List<String> aliases) {
  public Term {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    if (!Slugs.isSafe(slug)) {
      throw new IllegalArgumentException("unsafe slug: " + slug);
    }
  }

  /** A term without aliases. */
  public Term(TermKind kind, String name, String slug, String description) {
    this(kind, name, slug, description, List.of());
  }

  /** Site-relative URL of the term's first page, e.g. {@code keywords/nato/}. */
  public String path() {
    return kind.section() + "/" + slug + "/";
  }
}
