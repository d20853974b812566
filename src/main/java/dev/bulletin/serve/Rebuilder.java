package dev.bulletin.serve;

import java.nio.file.Path;
import java.util.Set;

/**
 * Makes a new {@link Snapshot} of the site after files changed. The preview server calls it
 * from one thread at a time; an implementation may use {@code changed} to redo only what those
 * files affect, or ignore it and rebuild everything.
 */
@FunctionalInterface
public interface Rebuilder {
  /**
   * Builds the site again. {@code changed} holds the absolute paths of the content and template
   * files created, modified or deleted since the last call; it is empty for the first build.
   * Content problems are reported in the snapshot, never thrown.
   */
  Snapshot rebuild(Set<Path> changed);
}
