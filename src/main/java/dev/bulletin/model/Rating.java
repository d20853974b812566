package dev.bulletin.model;

import java.util.Objects;

/**
 * One step of the rating scale a claim is judged on, such as "Misleading". {@code description}
 * says what the step means, for readers; {@code value} is its number on the scale (higher is
 * better), or null when the scale has no numbers. {@code rank} is its place from the worst, 0.
 */
public record Rating(String name, String slug, String description, Integer value, int rank) {
  public Rating {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    if (!Slugs.isSafe(slug)) {
      throw new IllegalArgumentException("unsafe slug: " + slug);
    }
  }

  /** Site-relative URL of the rating's first page, e.g. {@code ratings/misleading/}. */
  public String path() {
    return pathOf(slug);
  }

  public static String pathOf(String slug) {
    return "ratings/" + slug + "/";
  }

  public boolean hasValue() {
    return value != null;
  }
}
