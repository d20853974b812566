package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Slugs;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one free page's front matter; the file name is its slug. */
public final class PageReader {
  private static final Set<String> KEYS = Set.of("title", AliasReader.KEY);

  public Optional<PageDraft> read(FrontMatterDocument document, Diagnostics diagnostics) {
    FieldReader fields = new FieldReader(document.file(), document.frontMatter(), diagnostics,
        "the front matter");
    fields.warnUnknownKeys(KEYS);
    Optional<String> title = fields.requiredText("title", "title: About this bulletin");
    List<YamlScalar> aliases = AliasReader.read(fields);
    String name = document.file().getFileName().toString();
    String slug = name.substring(0, name.length() - ".md".length());
    if (!Slugs.isSafe(slug)) {
      diagnostics.error(document.file(), 1, 1, "the file name `" + name + "` is used as the"
          + " page's web address, so it may only use lower-case letters a-z, digits and"
          + " hyphens; rename it to `" + Slugs.of(slug).replaceFirst("^$", "my-page") + ".md`");
      return Optional.empty();
    }
    return title.map(t -> new PageDraft(document.file(), slug, t, document.body(),
        document.bodyLine(), aliases));
  }
}
