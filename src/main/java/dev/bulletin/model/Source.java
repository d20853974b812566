package dev.bulletin.model;

import java.util.Objects;

/** Where a claim appeared: the outlet, its URL and an optional archived copy ("" when none). */
public record Source(String outlet, String url, String archive) {
  public Source {
    Objects.requireNonNull(outlet, "outlet");
    url = url == null ? "" : url;
    archive = archive == null ? "" : archive;
  }
}
