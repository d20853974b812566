package dev.bulletin.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The snapshot the server currently shows and its generation, a number that goes up with each
 * rebuild; open pages long-poll for a newer generation to know when to reload.
 */
final class LiveSite {
  /** A snapshot and the generation it was published as. */
  record Generation(long number, Snapshot snapshot) {}

  private Generation current;

  LiveSite(Snapshot first) {
    current = new Generation(1, first);
  }

  synchronized Generation current() {
    return current;
  }

  synchronized void publish(Snapshot snapshot) {
    current = new Generation(current.number() + 1, snapshot);
    notifyAll();
  }

  /**
   * Waits until a generation newer than {@code since} is published, or {@code max} has passed;
   * returns the current generation number either way.
   */
  synchronized long awaitNewer(long since, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (current.number() <= since) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return current.number();
  }
}
