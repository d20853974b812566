package dev.bulletin.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of the content's {@code media/} folder (an image, a PDF), published as it is at
 * {@code path}, e.g. {@code media/2026/chart.png}. {@code size} and {@code modified} stand for
 * its bytes, so the preview can tell a changed file without reading it. {@code pixels} is an
 * image's size, when the file is an image whose size could be read.
 */
public record MediaFile(String path, Path file, long size, long modified,
    Optional<PixelSize> pixels) {
  public MediaFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pixels, "pixels");
  }
}
