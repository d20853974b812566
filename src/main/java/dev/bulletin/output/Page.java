package dev.bulletin.output;

import java.util.Objects;

/** One output file: its path inside the output folder (with {@code /}) and its bytes. */
public record Page(String path, byte[] bytes) {
  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("page path must stay inside the output: " + path);
    }
  }
}
