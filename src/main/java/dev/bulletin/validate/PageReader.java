package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Slugs;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.YamlScalar;
import java.util.List;
import java.util.Optional;

/** Reads one free page's front matter; the file name is its slug. */
public final class PageReader {
  private static final Field TITLE = Field.required("title", ValueType.TEXT,
      "title: About this bulletin", "The page's title.");

  /** Every key a free page may have; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(TITLE, AliasReader.FIELD);

  public Optional<PageDraft> read(FrontMatterDocument document, Diagnostics diagnostics) {
    FieldReader fields = new FieldReader(document.file(), document.frontMatter(), diagnostics,
        "the front matter");
    fields.warnUnknownKeys(KEYS);
    Optional<String> title = fields.requiredText(TITLE);
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
