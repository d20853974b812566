package dev.bulletin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held by one build from before it touches the folder's
 * surroundings until it has published or given up. It is the operating system's lock on a file
 * beside the output, so it disappears with a process that is killed: a stale lock file is just
 * an empty file, taken again by the next build.
 */
public final class OutputLock {
  /** Another build, in this process or another, is publishing to the same folder. */
  public static final class Busy extends RuntimeException {
    Busy(Path output, Path lockFile) {
      super("another build is publishing to " + output + " (it holds " + lockFile + ");"
          + " wait for it to finish and run again");
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static OutputLock take(Path lockFile, Path output) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another build in this same process
      }
      if (lock == null) {
        channel.close();
        throw new Busy(output, lockFile);
      }
      return new OutputLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock the output folder " + output + " through "
          + lockFile, e);
    }
  }

  /** Releases the lock; the lock file stays, empty, for the next build to lock. */
  void release() {
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close(); // also releases the lock
    } catch (IOException e) {
      // Nothing to do: closing the process releases it too.
    }
  }
}
