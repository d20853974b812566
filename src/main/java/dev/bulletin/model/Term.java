package dev.bulletin.model;

import java.util.Objects;

/** A keyword, country or language as cases are tagged with it. */
public record Term(TermKind kind, String name, String slug, String description) {
  public Term {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    if (!Slugs.isSafe(slug)) {
      throw new IllegalArgumentException("unsafe slug: " + slug);
    }
  }

  /** Site-relative URL of the term's first page, e.g. {@code keywords/nato/}. */
  public String path() {
    return kind.section() + "/" + slug + "/";
  }
}
