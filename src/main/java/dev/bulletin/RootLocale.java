package dev.bulletin;

import java.util.Locale;

/**
 * Runs work with the JVM's default locale set to {@link Locale#ROOT}, and puts the previous one
 * back after. Bulletin itself always names its locale, but commonmark's heading ids lower-case
 * with the default one: under a Turkish default "Industry" became "ındustry" and lost its id, so
 * the same content built differently on a Turkish machine.
 */
public final class RootLocale {
  /** Work that may fail with a checked exception of its own. */
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private RootLocale() {}

  public static synchronized <T, E extends Exception> T during(Work<T, E> work) throws E {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.ROOT);
    try {
      return work.run();
    } finally {
      Locale.setDefault(previous);
    }
  }
}
