package dev.bulletin.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of a content folder, sorted, by the role the content contract gives them; {@code media}
 * are the files under {@code media/}, published as they are.
 */
public record ContentFiles(
    Path root,
    Optional<Path> siteConfig,
    Optional<Path> keywords,
    Optional<Path> authors,
    List<Path> issues,
    List<Path> cases,
    List<Path> pages,
    List<Path> media) {

  public ContentFiles {
    issues = List.copyOf(issues);
    cases = List.copyOf(cases);
    pages = List.copyOf(pages);
    media = List.copyOf(media);
  }

  /** Every Markdown file with its kind: issues, then cases, then pages, each sorted. */
  public List<MarkdownFile> markdown() {
    List<MarkdownFile> all = new ArrayList<>(issues.size() + cases.size() + pages.size());
    issues.forEach(path -> all.add(new MarkdownFile(path, ContentKind.ISSUE)));
    cases.forEach(path -> all.add(new MarkdownFile(path, ContentKind.CASE)));
    pages.forEach(path -> all.add(new MarkdownFile(path, ContentKind.PAGE)));
    return all;
  }
}
