package dev.bulletin.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The only writer of the output folder. Pages go to a staging folder next to the output, which
 * replaces the output only on {@link #commit()}; a failed or interrupted build leaves the
 * published site as it was. A page whose bytes did not change is hard-linked from the old site,
 * so its file time stays stable for rsync and CDN uploads.
 */
public final class DirectoryPublisher implements PageSink, AutoCloseable {
  /** Deletes a folder tree; a seam so tests can make it fail as a locked file system would. */
  interface Deleter {
    void delete(Path tree) throws IOException;
  }

  private static final String STAGING = ".staging-";
  private static final String RETIRED = ".retired-";
  private static final java.security.SecureRandom NAMES = new java.security.SecureRandom();

  private final Path output;
  private final Path staging;
  private final Thread cleanupOnExit;
  private final OutputLock outputLock;
  private final AtomicInteger written = new AtomicInteger();
  private final Deleter deleter;
  private volatile String leftover;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean finished;

  private DirectoryPublisher(Path output, Path staging, OutputLock outputLock,
      Deleter deleter) {
    this.output = output;
    this.staging = staging;
    this.outputLock = outputLock;
    this.deleter = deleter;
    this.cleanupOnExit = new Thread(this::abortQuietly, "bulletin-staging-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
  }

  /**
   * Starts publishing to {@code output}: takes the output's lock (another build publishing
   * there makes this fail with {@link OutputLock.Busy}), then removes staging folders of
   * crashed builds.
   */
  public static DirectoryPublisher open(Path output) {
    return open(output, FileTrees::delete);
  }

  static DirectoryPublisher open(Path output, Deleter deleter) {
    Path absolute = output.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String prefix = "." + absolute.getFileName();
    OutputLock outputLock = null;
    try {
      Files.createDirectories(parent);
      outputLock = OutputLock.take(parent.resolve(prefix + ".lock"), output);
      recoverRetired(absolute, parent, prefix, deleter);
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent,
          prefix + STAGING + "*")) {
        for (Path leftover : leftovers) {
          deleteOrLeave(deleter, leftover);
        }
      }
      Path staging = newFolder(parent, prefix + STAGING);
      return new DirectoryPublisher(absolute, staging, outputLock, deleter);
    } catch (IOException e) {
      release(outputLock);
      throw new UncheckedIOException("cannot prepare the output folder " + output, e);
    } catch (RuntimeException e) {
      release(outputLock);
      throw e;
    }
  }

  @Override
  public void accept(Page page) {
    Path target = staging.resolve(page.path()).normalize();
    if (!target.startsWith(staging)) {
      throw new IllegalArgumentException("page outside the output: " + page.path());
    }
    // Pages are written in parallel; when a build fails, renderers still running must not
    // recreate the staging folder after it was removed.
    lock.readLock().lock();
    try {
      if (finished) {
        throw new IllegalStateException("the build was already committed or abandoned");
      }
      if (place(page, target)) {
        written.incrementAndGet();
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Puts {@code page} at {@code target}; true when its bytes are new or changed. */
  private boolean place(Page page, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Path previous = output.resolve(page.path());
      Optional<byte[]> held = page.heldBytes();
      if (held.isPresent()) {
        if (sameBytes(previous, held.get())) {
          linkPrevious(previous, target);
          return false;
        }
        // CREATE_NEW: a second page at the same path is a bug, and writing through an existing
        // hard link would change the published site in place.
        writeNew(target, held.get());
        return true;
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        page.body().writeTo(out);
      }
      // A streamed page is compared once written: it was never whole in memory.
      if (sameFile(previous, target)) {
        Files.delete(target);
        linkPrevious(previous, target);
        return false;
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page.path(), e);
    }
  }

  /**
   * Writes a new file in one system call where the file system allows: {@code Files.write}
   * goes through a stream that writes 8 KB at a time.
   */
  private static void writeNew(Path target, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  /** Publishes the unchanged {@code previous} file again, keeping its time. */
  private static void linkPrevious(Path previous, Path target) throws IOException {
    try {
      Files.createLink(target, previous);
    } catch (IOException | UnsupportedOperationException e) {
      // Another file system or no hard links: copying keeps the time as well.
      Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Files whose bytes changed or that are new in this build. */
  public int changedFiles() {
    return written.get();
  }

  /** Replaces the published output with the staged one. */
  public void commit() {
    lock.writeLock().lock();
    try {
      if (finished) {
        throw new IllegalStateException("the build was already committed or abandoned");
      }
      // The marker is not a page of the site and not counted as one.
      place(new Page(SiteMarker.NAME, SiteMarker.TEXT.getBytes(StandardCharsets.UTF_8)),
          staging.resolve(SiteMarker.NAME));
      if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Path retired = Files.createTempDirectory(output.getParent(),
            "." + output.getFileName() + RETIRED);
        Files.delete(retired);
        Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(retired, output, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        try {
          deleter.delete(retired);
        } catch (IOException e) {
          // The new site is live: failing now would report a failed build that published.
          leftover = "the site is published, but the previous one, moved to " + retired
              + ", could not be deleted (" + e + "); the next build tries again";
        }
      } else {
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      }
      finished = true;
      removeHook();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish to " + output, e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Drops the staged output, leaving the published one untouched. */
  @Override
  public void close() {
    abortQuietly();
    removeHook();
    outputLock.release();
  }

  private void abortQuietly() {
    lock.writeLock().lock();
    try {
      if (finished) {
        return;
      }
      finished = true;
      FileTrees.delete(staging);
    } catch (IOException e) {
      // Best effort: the next build removes leftover staging folders.
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * A new, uniquely named folder. Not {@code Files.createTempDirectory}: that makes the folder
   * readable by its owner only, and the swap would publish the site so, hiding it from a web
   * server running as another user; a plain folder gets the user's umask, as {@code mkdir} does.
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    while (true) {
      Path folder = parent.resolve(prefix + Long.toUnsignedString(NAMES.nextLong(), 36));
      try {
        return Files.createDirectory(folder);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Another name, then.
      }
    }
  }

  private static void release(OutputLock outputLock) {
    if (outputLock != null) {
      outputLock.release();
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook is running or has run.
    }
  }

  /**
   * A build killed between its two moves leaves the old site as a retired folder and no output:
   * put it back. Retired folders next to an existing output are finished swaps; remove them.
   */
  private static void recoverRetired(Path output, Path parent, String prefix, Deleter deleter)
      throws IOException {
    List<Path> retired = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, prefix + RETIRED + "*")) {
      found.forEach(retired::add);
    }
    retired.sort(null);
    for (Path folder : retired) {
      if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(folder, output, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteOrLeave(deleter, folder);
      }
    }
  }

  /** Deletes what a finished or crashed build left; what cannot go now is tried next time. */
  private static void deleteOrLeave(Deleter deleter, Path folder) {
    try {
      deleter.delete(folder);
    } catch (IOException e) {
      // Left for the next build: it does not stand in the way of this one.
    }
  }

  /** What this build could not clean up after publishing, to tell the operator. */
  public Optional<String> leftover() {
    return Optional.ofNullable(leftover);
  }

  private static boolean sameFile(Path previous, Path written) throws IOException {
    return Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
        && Files.size(previous) == Files.size(written)
        && Files.mismatch(previous, written) == -1;
  }

  private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
        || Files.size(previous) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(previous), bytes);
  }
}
