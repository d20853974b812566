package dev.bulletin.validate;

import dev.bulletin.model.Author;
import dev.bulletin.model.MediaFile;
import dev.bulletin.model.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything read from a content folder, type-checked, before Markdown and grouping. */
public record ValidContent(
    Path root,
    SiteConfig config,
    Vocabulary vocabulary,
    Map<String, Author> authors,
    List<IssueDraft> issues,
    List<CaseDraft> cases,
    List<PageDraft> pages,
    List<MediaFile> media) {

  public ValidContent {
    media = List.copyOf(media);
    authors = Map.copyOf(authors);
    issues = List.copyOf(issues);
    cases = List.copyOf(cases);
    pages = List.copyOf(pages);
  }
}
