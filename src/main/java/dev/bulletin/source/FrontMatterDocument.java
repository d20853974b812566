package dev.bulletin.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown file split into its parsed front matter and its body; {@code bodyLine} is the line
 * of the file where the body starts, so Markdown problems can point at the right line.
 */
public record FrontMatterDocument(Path file, YamlMap frontMatter, String body, int bodyLine) {
  public FrontMatterDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
  }
}
