package dev.bulletin.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders recursively and reports the files that changed, in batches: an editor's save
 * often touches a file several times, so a batch closes only after a short quiet spell.
 * Batches are delivered one at a time on a single thread.
 */
final class ChangeWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 150;

  private final DirectoryWatcher watcher;
  private final ScheduledExecutorService batches;
  private final java.util.concurrent.ExecutorService loop;
  private final Consumer<Set<Path>> onChange;
  private final Set<Path> pending = new TreeSet<>();
  private ScheduledFuture<?> flush;

  private ChangeWatcher(List<Path> folders, Consumer<Set<Path>> onChange) throws IOException {
    this.onChange = onChange;
    this.batches = Executors.newSingleThreadScheduledExecutor(daemon("bulletin-rebuild"));
    this.loop = Executors.newSingleThreadExecutor(daemon("bulletin-watch"));
    this.watcher = DirectoryWatcher.builder()
        .paths(folders)
        .listener(this::record)
        .logger(NOPLogger.NOP_LOGGER)
        .build();
  }

  /** Starts watching; returns once the folders are registered, so no later change is missed. */
  static ChangeWatcher start(List<Path> folders, Consumer<Set<Path>> onChange) {
    try {
      ChangeWatcher watcher = new ChangeWatcher(folders, onChange);
      watcher.watcher.watchAsync(watcher.loop);
      return watcher;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folders, e);
    }
  }

  private synchronized void record(DirectoryChangeEvent event) {
    if (event.path() != null) {
      pending.add(event.path().toAbsolutePath().normalize());
    }
    if (flush != null) {
      flush.cancel(false);
    }
    flush = batches.schedule(this::deliver, QUIET_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void deliver() {
    Set<Path> batch;
    synchronized (this) {
      batch = Set.copyOf(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      onChange.accept(batch);
    }
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing a watch service only releases OS handles; nothing is left to clean up.
    }
    loop.shutdown();
    batches.shutdownNow();
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
