package dev.bulletin.model;

import java.util.Objects;

/**
 * A desk or analyst who writes responses, from authors.yml. {@code avatar} is "" or the site path
 * of its picture, a file of the content's media folder such as {@code media/authors/east.jpg}.
 */
public record Author(String id, String name, String bio, String avatar) {
  public Author {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    bio = bio == null ? "" : bio;
    avatar = avatar == null ? "" : avatar;
  }

  /** An author without a picture. */
  public Author(String id, String name, String bio) {
    this(id, name, bio, "");
  }

  /** The author's page, e.g. {@code authors/east-desk/}. */
  public String path() {
    return "authors/" + id + "/";
  }
}
