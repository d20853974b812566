package dev.bulletin.model;

import java.util.Objects;

/** A free page such as "About", served at {@code <slug>/}. */
public record FreePage(String slug, String title, String html) {
  public FreePage {
    if (!Slugs.isSafe(slug)) {
      throw new IllegalArgumentException("unsafe slug: " + slug);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(html, "html");
  }

  public String path() {
    return pathOf(slug);
  }

  /** The address of the free page named {@code slug}, or of an alias of one. */
  public static String pathOf(String slug) {
    return slug + "/";
  }
}
