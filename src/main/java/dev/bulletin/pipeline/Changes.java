package dev.bulletin.pipeline;

import dev.bulletin.diag.Diagnostic;
import java.util.List;

/**
 * What one incremental build changed: pages whose bytes are new or different, pages that no
 * longer exist, and every diagnostic of the content as it now is. When {@code published} is
 * false the content has errors and the previous pages were kept. {@code hiddenWarnings} counts
 * the known warnings the baseline hid.
 */
public record Changes(List<String> written, List<String> deleted, List<Diagnostic> diagnostics,
    boolean published, int hiddenWarnings) {

  public Changes {
    written = List.copyOf(written);
    deleted = List.copyOf(deleted);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean isEmpty() {
    return written.isEmpty() && deleted.isEmpty();
  }
}
