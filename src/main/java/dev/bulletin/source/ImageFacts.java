package dev.bulletin.source;

import dev.bulletin.model.PixelSize;
import java.util.Optional;

/**
 * What reading an image file told: its size if it has one, and, for an SVG, the first thing
 * in it that could run as code ({@code danger}, with its position) if there is one.
 */
public record ImageFacts(Optional<PixelSize> size, Optional<Danger> danger) {
  /** Why the file cannot be published, as the end of a sentence, and where. */
  public record Danger(int line, int column, String what) {}

  static final ImageFacts NONE = new ImageFacts(Optional.empty(), Optional.empty());

  static ImageFacts sized(int width, int height) {
    return width > 0 && height > 0
        ? new ImageFacts(Optional.of(new PixelSize(width, height)), Optional.empty()) : NONE;
  }
}
