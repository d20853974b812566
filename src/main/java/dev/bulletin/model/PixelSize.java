package dev.bulletin.model;

/**
 * An image's intrinsic size in CSS pixels, written as {@code width} and {@code height} on the
 * page so the browser reserves the space before the image arrives.
 */
public record PixelSize(int width, int height) {
  public PixelSize {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("not an image size: " + width + "x" + height);
    }
  }
}
