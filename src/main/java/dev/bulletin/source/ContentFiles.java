package dev.bulletin.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files of a content folder, sorted, by the role the content contract gives them. */
public record ContentFiles(
    Path root,
    Optional<Path> siteConfig,
    Optional<Path> keywords,
    Optional<Path> authors,
    List<Path> issues,
    List<Path> cases,
    List<Path> pages) {

  public ContentFiles {
    issues = List.copyOf(issues);
    cases = List.copyOf(cases);
    pages = List.copyOf(pages);
  }
}
