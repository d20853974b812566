package dev.bulletin.model;

import java.util.Objects;

/**
 * An old address of a page (an alias of a case, issue or free page) and the page's address
 * today, both site-relative folders like {@code cases/old-name/}.
 */
public record Redirect(String from, String to) {
  public Redirect {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.endsWith("/") || from.startsWith("/") || from.contains("..")) {
      throw new IllegalArgumentException("not a site-relative folder: " + from);
    }
  }
}
