package dev.bulletin.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes a page to UTF-8 as Freemarker writes it, straight into one growing byte array. An
 * {@code OutputStreamWriter} allocates a buffer per write call (templates write thousands of
 * short strings a page) and takes a lock; collecting text first and encoding at the end holds
 * each page two or three times over. Malformed surrogates become {@code ?}, as the JDK encoder
 * writes them. One instance serves one page on one thread.
 */
final class PageWriter extends Writer {
  private static final int BULK = 64;
  private byte[] bytes;
  private int size;
  // A high surrogate whose low half may arrive in the next write call.
  private char pendingHigh;

  /** A writer for a page of about {@code expectedBytes}; it grows as needed. */
  PageWriter(int expectedBytes) {
    this.bytes = new byte[Math.max(64, expectedBytes)];
  }

  PageWriter() {
    this(32 * 1024);
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int offset, int length) {
    int end = offset + length;
    // Long pieces (rendered Markdown, whole paragraphs) go through the JDK's encoder, which is
    // many times faster than a loop of charAt; it writes '?' for a broken surrogate as put does.
    // The ends are left to put: a low surrogate may complete the previous piece, and a high
    // one may be completed by the next.
    if (length >= BULK) {
      int from = offset;
      int to = end;
      while (from < to && (pendingHigh != 0 || Character.isLowSurrogate(s.charAt(from)))) {
        ensure(7);
        put(s.charAt(from++));
      }
      if (from < to && Character.isHighSurrogate(s.charAt(to - 1))) {
        to--;
      }
      byte[] encoded = s.substring(from, to).getBytes(StandardCharsets.UTF_8);
      ensure(encoded.length + 4);
      System.arraycopy(encoded, 0, bytes, size, encoded.length);
      size += encoded.length;
      if (to < end) {
        put(s.charAt(to));
      }
      return;
    }
    ensure(length * 3 + 4);
    for (int i = offset; i < end; i++) {
      put(s.charAt(i));
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length * 3 + 4);
    for (int i = offset; i < offset + length; i++) {
      put(chars[i]);
    }
  }

  @Override
  public void write(int c) {
    ensure(4 + 3);
    put((char) c);
  }

  /** Copies text that is already UTF-8, such as a card made once for the whole build. */
  void writeUtf8(byte[] utf8) {
    ensure(utf8.length + 1);
    if (pendingHigh != 0) {
      bytes[size++] = '?';
      pendingHigh = 0;
    }
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page as UTF-8 bytes. */
  byte[] bytes() {
    if (pendingHigh != 0) {
      ensure(1);
      bytes[size++] = '?';
      pendingHigh = 0;
    }
    return Arrays.copyOf(bytes, size);
  }

  private void put(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | (code >> 18));
        bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      bytes[size++] = '?';
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
