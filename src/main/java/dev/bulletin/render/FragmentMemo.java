package dev.bulletin.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pieces of output made from one case (its card, feed entry, JSON-LD, open-data rows, search
 * words), remembered by a key that holds everything the piece is made from. A full build makes
 * each {@link #shared} piece once however many pages or files use it, and holds no piece that
 * only one file uses; the preview server keeps every piece between builds, so an edit makes
 * again only the pieces of the cases that changed. Pieces also depend on the site-wide parts
 * (settings, UI strings, free pages): when those change, all are forgotten. Pieces no build
 * asked for since the previous one are dropped.
 */
final class FragmentMemo {
  private final boolean betweenBuilds;
  private volatile Map<Object, Object> previous = Map.of();
  private volatile Map<Object, Object> current = new ConcurrentHashMap<>();
  private Object siteWide;

  /** A memo for one build, or, when {@code betweenBuilds}, for a series of builds. */
  FragmentMemo(boolean betweenBuilds) {
    this.betweenBuilds = betweenBuilds;
  }

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
   * A piece that one build uses once (a case's JSON-LD, its open-data row): remembered only
   * between builds, so a full build does not hold tens of megabytes it never reads again.
   */
  <V> V single(Object key, Supplier<V> make) {
    return betweenBuilds ? shared(key, make) : make.get();
  }

  /**
   * The piece for {@code key} (a record of everything it is made from), made by {@code make}
   * when no build made it before. Safe to call from many threads; two threads may both make a
   * piece, never two different ones.
   */
  @SuppressWarnings("unchecked")
  <V> V shared(Object key, Supplier<V> make) {
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
