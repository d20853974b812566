package dev.bulletin.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Collects a page's text for Freemarker. Unlike an {@code OutputStreamWriter} it allocates no
 * buffer per write call (templates write thousands of short strings a page) and takes no lock;
 * the page is encoded to UTF-8 once, at the end. One instance serves one page on one thread.
 */
final class PageWriter extends Writer {
  private final StringBuilder text = new StringBuilder(16 * 1024);

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    text.append(chars, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The page as UTF-8 bytes. */
  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
