package dev.bulletin.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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

  /**
   * A body written when asked, from {@code inputs}: equal inputs write equal bytes, so a preview
   * can tell the page unchanged without making it. Its bytes are kept once made.
   */
  private static final class Streamed implements Body {
    private final String path;
    private final Supplier<?> inputs;
    private final Body writer;
    private Object madeFrom;
    private byte[] bytes;

    Streamed(String path, Supplier<?> inputs, Body writer) {
      this.path = path;
      this.inputs = inputs;
      this.writer = writer;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      byte[] made = madeBytes();
      if (made != null) {
        out.write(made);
      } else {
        writer.writeTo(out);
      }
    }

    synchronized Object inputs() {
      if (madeFrom == null) {
        madeFrom = Objects.requireNonNull(inputs.get(), "inputs");
      }
      return madeFrom;
    }

    synchronized byte[] madeBytes() {
      return bytes;
    }

    synchronized byte[] bytes() {
      if (bytes == null) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
          writer.writeTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot make " + path, e);
        }
        bytes = out.toByteArray();
      }
      return bytes;
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

  /**
   * A page written straight to its file by {@code writer}, made from {@code inputs} (asked for
   * only by {@link #sameAs}). Its bytes are made in memory only when {@link #bytes} is called,
   * and then kept.
   */
  public static Page streamed(String path, Supplier<?> inputs, Body writer) {
    return new Page(path, new Streamed(path, inputs, writer));
  }

  /** The bytes, when the page holds them; empty for a streamed page. */
  public Optional<byte[]> heldBytes() {
    return body instanceof Held held ? Optional.of(held.bytes()) : Optional.empty();
  }

  /** The page's bytes; a streamed page is made in memory for this, once. */
  public byte[] bytes() {
    return body instanceof Streamed streamed ? streamed.bytes() : ((Held) body).bytes();
  }

  /**
   * Whether {@code other} surely has the same bytes, found without making a streamed page:
   * held bytes that are equal, or streams made from equal inputs.
   */
  public boolean sameAs(Page other) {
    if (other == null) {
      return false;
    }
    if (body instanceof Streamed mine && other.body instanceof Streamed theirs) {
      return mine.inputs().equals(theirs.inputs());
    }
    return body instanceof Held mine && other.body instanceof Held theirs
        && Arrays.equals(mine.bytes(), theirs.bytes());
  }
}
