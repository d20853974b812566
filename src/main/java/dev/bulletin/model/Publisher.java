package dev.bulletin.model;

import java.util.Objects;

/** The organisation that publishes the bulletin, named in structured data. */
public record Publisher(String name, String url) {
  public Publisher {
    Objects.requireNonNull(name, "name");
    url = url == null ? "" : url;
  }
}
