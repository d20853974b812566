package dev.bulletin.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * One output file: its path inside the output folder (with {@code /}) and its body. Most pages
 * hold their bytes; whole-site files of tens of megabytes (open data) stream theirs, so a build
 * never holds such a file in memory.
 */
public record Page(String path, Body body) {
  /** Writes a page's bytes to a stream; may be called more than once, writing the same bytes. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private record Held(byte[] bytes) implements Body {
    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }
  }

  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("page path must stay inside the output: " + path);
    }
  }

  /** A page that holds its bytes. */
  public Page(String path, byte[] bytes) {
    this(path, new Held(Objects.requireNonNull(bytes, "bytes")));
  }

  /** The bytes, when the page holds them; empty for a streamed page. */
  public Optional<byte[]> heldBytes() {
    return body instanceof Held held ? Optional.of(held.bytes()) : Optional.empty();
  }

  /** The page's bytes; a streamed page is written out into memory for this. */
  public byte[] bytes() {
    return heldBytes().orElseGet(() -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        body.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make " + path, e);
      }
      return out.toByteArray();
    });
  }
}
