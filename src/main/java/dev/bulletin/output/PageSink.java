package dev.bulletin.output;

/** Receives rendered pages as they are made; implementations must be thread-safe. */
@FunctionalInterface
public interface PageSink {
  void accept(Page page);
}
