package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.source.ContentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Markdown content file read and type-checked on its own: its draft when usable (an {@link
 * IssueDraft}, {@link CaseDraft} or {@link PageDraft} by {@code kind}) and what it reported.
 * Depends on nothing but the file's bytes, so the preview server can keep it until they change.
 */
public record ParsedFile(Path file, ContentKind kind, Optional<Object> draft,
    List<Diagnostic> diagnostics) {

  public ParsedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(draft, "draft");
    diagnostics = List.copyOf(diagnostics);
  }
}
