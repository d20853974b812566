package dev.bulletin.output;

import dev.bulletin.render.Page;
import dev.bulletin.render.PageSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only writer of the output folder. Pages go to a staging folder next to the output, which
 * replaces the output only on {@link #commit()}; a failed or interrupted build leaves the
 * published site as it was. A page whose bytes did not change is hard-linked from the old site,
 * so its file time stays stable for rsync and CDN uploads.
 */
public final class DirectoryPublisher implements PageSink, AutoCloseable {
  private static final String STAGING = ".staging-";
  private static final String RETIRED = ".retired-";

  private final Path output;
  private final Path staging;
  private final Thread cleanupOnExit;
  private final AtomicInteger written = new AtomicInteger();
  private boolean finished;

  private DirectoryPublisher(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
    this.cleanupOnExit = new Thread(this::abortQuietly, "bulletin-staging-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
  }

  /** Starts publishing to {@code output}, first removing staging folders of crashed builds. */
  public static DirectoryPublisher open(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String prefix = "." + absolute.getFileName();
    try {
      Files.createDirectories(parent);
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent,
          prefix + STAGING + "*")) {
        for (Path leftover : leftovers) {
          FileTrees.delete(leftover);
        }
      }
      Path staging = Files.createTempDirectory(parent, prefix + STAGING);
      return new DirectoryPublisher(absolute, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the output folder " + output, e);
    }
  }

  @Override
  public void accept(Page page) {
    Path target = staging.resolve(page.path()).normalize();
    if (!target.startsWith(staging)) {
      throw new IllegalArgumentException("page outside the output: " + page.path());
    }
    try {
      Files.createDirectories(target.getParent());
      Path previous = output.resolve(page.path());
      if (sameBytes(previous, page.bytes())) {
        try {
          Files.createLink(target, previous);
          return;
        } catch (IOException | UnsupportedOperationException e) {
          // Another file system or no hard links: copying keeps the time as well.
          Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
          return;
        }
      }
      Files.write(target, page.bytes());
      written.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page.path(), e);
    }
  }

  /** Files whose bytes changed or that are new in this build. */
  public int changedFiles() {
    return written.get();
  }

  /** Replaces the published output with the staged one. */
  public void commit() {
    try {
      if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Path retired = Files.createTempDirectory(output.getParent(),
            "." + output.getFileName() + RETIRED);
        Files.delete(retired);
        Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(retired);
      } else {
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      }
      finished = true;
      removeHook();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish to " + output, e);
    }
  }

  /** Drops the staged output, leaving the published one untouched. */
  @Override
  public void close() {
    if (!finished) {
      abortQuietly();
      removeHook();
    }
  }

  private synchronized void abortQuietly() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      FileTrees.delete(staging);
    } catch (IOException e) {
      // Best effort: the next build removes leftover staging folders.
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook is running or has run.
    }
  }

  private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
        || Files.size(previous) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(previous), bytes);
  }
}
