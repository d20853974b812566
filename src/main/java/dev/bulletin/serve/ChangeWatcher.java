package dev.bulletin.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively with the JDK's watch service and reports the files that changed,
 * in batches: an editor's save often touches a file several times, so a batch closes only after
 * a short quiet spell. Batches are delivered one at a time on a single thread. Each watched
 * folder's parent is watched too, so a folder that is deleted and made again (switching Git
 * branches does that) is watched again, and reported as changed as a whole.
 */
final class ChangeWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 60;

  private final WatchService service;
  private final List<Path> roots;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final ScheduledExecutorService batches;
  private final Thread loop;
  private final Consumer<Set<Path>> onChange;
  private final Set<Path> pending = new TreeSet<>();
  private ScheduledFuture<?> flush;

  private ChangeWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    this.batches = Executors.newSingleThreadScheduledExecutor(daemon("bulletin-rebuild"));
    for (Path root : this.roots) {
      if (root.getParent() != null) {
        register(root.getParent());
      }
      registerTree(root);
    }
    this.loop = daemon("bulletin-watch").newThread(this::watch);
  }

  /** Starts watching; returns once the folders are registered, so no later change is missed. */
  static ChangeWatcher start(List<Path> folders, Consumer<Set<Path>> onChange) {
    try {
      ChangeWatcher watcher = new ChangeWatcher(folders, onChange);
      watcher.loop.start();
      return watcher;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folders, e);
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
            // Events were lost, folders made meanwhile among them: watch every folder there is
            // now and say the whole tree changed, which makes the builder walk it.
            roots.forEach(this::rescan);
            continue;
          }
          Path changed = folder.resolve((Path) event.context());
          if (isRootParent(folder) && !roots.contains(changed)) {
            continue; // a sibling of a watched folder
          }
          if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
              && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
            registerTree(changed);
          }
          record(changed);
        }
        if (!key.reset()) {
          folders.remove(key);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop watching.
    }
  }

  private boolean isRootParent(Path folder) {
    return roots.stream().anyMatch(root -> folder.equals(root.getParent()));
  }

  private void rescan(Path root) {
    registerTree(root);
    record(root);
  }

  /** Registers {@code top} and every folder in it (again, for those already watched). */
  private void registerTree(Path top) {
    if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          register(path);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The folder went away while being walked; its parent's events tell what happened.
    }
  }

  private void register(Path folder) {
    try {
      WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
      folders.put(key, folder);
    } catch (IOException e) {
      // Deleted before it could be watched; nothing in it can change any more.
    }
  }

  private synchronized void record(Path path) {
    pending.add(path.toAbsolutePath().normalize());
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
      service.close();
    } catch (IOException e) {
      // Closing a watch service only releases OS handles; nothing is left to clean up.
    }
    loop.interrupt();
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
