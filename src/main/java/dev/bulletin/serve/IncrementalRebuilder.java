package dev.bulletin.serve;

import dev.bulletin.output.Page;
import dev.bulletin.pipeline.Changes;
import dev.bulletin.pipeline.IncrementalBuilder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview server's {@link Rebuilder}: the first call builds everything, later calls re-read
 * only the changed files, and every snapshot holds exactly the pages a full build would make.
 */
public final class IncrementalRebuilder implements Rebuilder {
  private final IncrementalBuilder builder;
  private boolean built;

  public IncrementalRebuilder(IncrementalBuilder builder) {
    this.builder = builder;
  }

  @Override
  public Snapshot rebuild(Set<Path> changed) {
    Changes changes = built ? builder.update(changed) : builder.build();
    built = true;
    Map<String, Page> pages = changes.published() ? builder.pages() : Map.of();
    return new Snapshot(pages, changes.diagnostics(), changes.published(), Optional.empty(),
        changes.hiddenWarnings());
  }
}
