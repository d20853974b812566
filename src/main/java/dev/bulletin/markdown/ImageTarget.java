package dev.bulletin.markdown;

import dev.bulletin.model.PixelSize;
import java.util.Objects;
import java.util.Optional;

/** Where an image in Markdown points, and its size when the site has the file. */
public record ImageTarget(String destination, Optional<PixelSize> size) {
  public ImageTarget {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(size, "size");
  }
}
