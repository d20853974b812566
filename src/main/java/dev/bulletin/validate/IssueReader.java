package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.YamlNode;
import java.time.LocalDate;
import dev.bulletin.source.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and type-checks one issue file's front matter. */
public final class IssueReader {
  public static final Set<String> KEYS = Set.of("number", "date", "title", "summary",
      AliasReader.KEY);

  public Optional<IssueDraft> read(FrontMatterDocument document, Diagnostics diagnostics) {
    FieldReader fields = new FieldReader(document.file(), document.frontMatter(), diagnostics,
        "the front matter");
    fields.warnUnknownKeys(KEYS);
    Optional<Integer> number = fields.requiredInteger("number", "number: 310");
    Optional<LocalDate> date = fields.requiredDate("date", "date: 2026-11-05");
    String title = fields.optionalText("title", "title: A short headline").orElse("");
    String summary = fields.optionalText("summary", "summary: One sentence").orElse("");
    List<YamlScalar> aliases = AliasReader.read(fields);
    if (number.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    YamlNode numberNode = document.frontMatter().get("number").orElseThrow();
    return Optional.of(new IssueDraft(document.file(), number.get(), numberNode.line(),
        numberNode.column(), date.get(), title, summary, document.body(), document.bodyLine(),
        aliases));
  }
}
