package dev.bulletin.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pieces of output made from one case (its card, feed entry, JSON-LD, open-data rows, search
 * words), remembered by a key that holds everything the piece is made from. A full build makes
 * each piece once however many pages or files use it; the preview server keeps the memo between
 * builds, so an edit makes again only the pieces of the cases that changed. Pieces also depend
 * on the site-wide parts (settings, UI strings, free pages): when those change, all are
 * forgotten. Pieces no build asked for since the previous one are dropped.
 */
final class FragmentMemo {
  private volatile Map<Object, Object> previous = Map.of();
  private volatile Map<Object, Object> current = new ConcurrentHashMap<>();
  private Object siteWide;

  /** Starts a build whose site-wide parts are {@code siteWideParts}. */
  synchronized void startBuild(Object siteWideParts) {
    if (!Objects.equals(siteWide, siteWideParts)) {
      previous = Map.of();
      siteWide = siteWideParts;
    } else {
      previous = current;
    }
    current = new ConcurrentHashMap<>();
  }

  /**
   * The piece for {@code key} (a record of everything it is made from), made by {@code make}
   * when no build made it before. Safe to call from many threads; two threads may both make a
   * piece, never two different ones.
   */
  @SuppressWarnings("unchecked")
  <V> V get(Object key, Supplier<V> make) {
    Object piece = current.get(key);
    if (piece == null) {
      piece = previous.get(key);
      if (piece == null) {
        piece = make.get();
      }
      Object raced = current.putIfAbsent(key, piece);
      piece = raced != null ? raced : piece;
    }
    return (V) piece;
  }
}
