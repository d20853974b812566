package dev.bulletin.output;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps pages in memory, for tests and the preview server. */
public final class MemoryPublisher implements PageSink {
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

  @Override
  public void accept(Page page) {
    pages.put(page.path(), page.bytes());
  }

  /** The pages by path, sorted. */
  public Map<String, byte[]> pages() {
    return new TreeMap<>(pages);
  }
}
