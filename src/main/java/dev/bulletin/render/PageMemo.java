package dev.bulletin.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each page's inputs and bytes between builds, for the preview server: a page whose
 * template, title, description and values are equal to last time, on a site whose site-wide
 * parts are equal too, is not rendered again. The model is immutable records compared by
 * value, so equal inputs give equal bytes; pages whose template read other parts of the whole
 * site through {@code data} are never reused (see {@link TrackedData}).
 */
final class PageMemo {
  /** What a template page is made from, besides the site-wide parts. */
  record Inputs(String template, String title, String description, Map<String, Object> values) {}

  private record Entry(Inputs inputs, byte[] bytes) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private Object siteWide;

  /** Starts a build; forgets everything when the site-wide parts changed. */
  void startBuild(Object siteWideParts) {
    if (!Objects.equals(siteWide, siteWideParts)) {
      entries.clear();
      siteWide = siteWideParts;
    }
  }

  /** The bytes of the page at {@code path} when it was last made from equal inputs. */
  byte[] reuse(String path, Inputs inputs) {
    Entry entry = entries.get(path);
    return entry != null && entry.inputs().equals(inputs) ? entry.bytes() : null;
  }

  void remember(String path, Inputs inputs, byte[] bytes, boolean reusable) {
    if (reusable) {
      entries.put(path, new Entry(inputs, bytes));
    } else {
      entries.remove(path);
    }
  }
}
