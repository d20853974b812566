package dev.bulletin.model;

import java.util.Objects;

/**
 * A picture of media/ chosen to stand for a page: shown on it and in share cards. {@code path} is
 * site-relative (e.g. {@code media/2026/post.png}); {@code alt} says what it shows.
 */
public record Image(String path, String alt, PixelSize size) {
  public Image {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(size, "size");
  }
}
