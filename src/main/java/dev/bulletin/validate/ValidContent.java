package dev.bulletin.validate;

import dev.bulletin.model.Author;
import dev.bulletin.model.MediaFile;
import dev.bulletin.model.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a content folder, type-checked, before Markdown and grouping. A check of
 * a few files reads only those cases; {@code otherCases} are the files of the cases it did not
 * read, known by name so that links to them still resolve.
 */
public record ValidContent(
    Path root,
    SiteConfig config,
    Vocabulary vocabulary,
    Map<String, Author> authors,
    List<IssueDraft> issues,
    List<CaseDraft> cases,
    List<PageDraft> pages,
    List<MediaFile> media,
    List<Path> otherCases) {

  /** Content of which every case was read. */
  public ValidContent(Path root, SiteConfig config, Vocabulary vocabulary,
      Map<String, Author> authors, List<IssueDraft> issues, List<CaseDraft> cases,
      List<PageDraft> pages, List<MediaFile> media) {
    this(root, config, vocabulary, authors, issues, cases, pages, media, List.of());
  }

  public ValidContent {
    otherCases = List.copyOf(otherCases);
    media = List.copyOf(media);
    authors = Map.copyOf(authors);
    issues = List.copyOf(issues);
    cases = List.copyOf(cases);
    pages = List.copyOf(pages);
  }
}
