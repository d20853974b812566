package dev.bulletin.serve;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.output.MemoryPublisher;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The simplest {@link Rebuilder}: loads, validates and renders the whole site into memory. */
public final class FullRebuilder implements Rebuilder {
  private final Bulletin bulletin;
  private final BuildOptions options;

  public FullRebuilder(Bulletin bulletin, BuildOptions options) {
    this.bulletin = bulletin;
    this.options = options;
  }

  @Override
  public Snapshot rebuild(Set<Path> changed) {
    MemoryPublisher publisher = new MemoryPublisher();
    Report report = bulletin.renderTo(options, publisher);
    Map<String, byte[]> pages = report.ok() ? publisher.pages() : Map.of();
    return new Snapshot(pages, report.diagnostics(), report.ok(), Optional.empty());
  }
}
