package dev.bulletin.model;

import java.util.Objects;

/** A desk or analyst who writes responses, from authors.yml. */
public record Author(String id, String name, String bio) {
  public Author {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    bio = bio == null ? "" : bio;
  }

  /** The author's page, e.g. {@code authors/east-desk/}. */
  public String path() {
    return "authors/" + id + "/";
  }
}
