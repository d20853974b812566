package dev.bulletin.source;

import java.nio.file.Path;
import java.util.Objects;

/** A Markdown file of the content folder and the kind its folder gives it. */
public record MarkdownFile(Path path, ContentKind kind) {
  public MarkdownFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }
}
