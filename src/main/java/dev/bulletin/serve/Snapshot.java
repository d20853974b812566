package dev.bulletin.serve;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.output.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One build of the site in memory: the pages by path, every diagnostic, and whether the content
 * passed, and how many known warnings the baseline hid. A failed snapshot may carry a
 * {@code failure}, the message of an unexpected error.
 */
public record Snapshot(
    Map<String, Page> pages,
    List<Diagnostic> diagnostics,
    boolean ok,
    Optional<String> failure,
    int hiddenWarnings) {

  public Snapshot {
    pages = java.util.Collections.unmodifiableMap(new TreeMap<>(pages));
    diagnostics = List.copyOf(diagnostics);
    failure = failure == null ? Optional.empty() : failure;
  }

  /** A snapshot that hid no known warning. */
  public Snapshot(Map<String, Page> pages, List<Diagnostic> diagnostics, boolean ok,
      Optional<String> failure) {
    this(pages, diagnostics, ok, failure, 0);
  }

  /** A snapshot for a build that threw instead of reporting. */
  public static Snapshot failed(String message) {
    return new Snapshot(Map.of(), List.of(), false, Optional.of(message));
  }

  public Optional<byte[]> page(String path) {
    return Optional.ofNullable(pages.get(path)).map(Page::bytes);
  }
}
