package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.YamlNode;
import java.time.LocalDate;
import dev.bulletin.source.YamlScalar;
import java.util.List;
import java.util.Optional;

/** Reads and type-checks one issue file's front matter. */
public final class IssueReader {
  private static final Field NUMBER = Field.required("number", ValueType.WHOLE_NUMBER,
      "number: 310", "The issue's number; cases name it with `issue:`.");
  private static final Field DATE = Field.required("date", ValueType.DATE,
      "date: 2026-11-05", "The day the issue is published, YYYY-MM-DD.");
  private static final Field TITLE = Field.optional("title", ValueType.TEXT,
      "title: A short headline", "A headline for the issue.");
  private static final Field SUMMARY = Field.optional("summary", ValueType.TEXT,
      "summary: One sentence", "One sentence on what the issue covers.");

  /** Every key an issue may have; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(NUMBER, DATE, TITLE, SUMMARY, AliasReader.FIELD);

  public Optional<IssueDraft> read(FrontMatterDocument document, Diagnostics diagnostics) {
    FieldReader fields = new FieldReader(document.file(), document.frontMatter(), diagnostics,
        "the front matter");
    fields.warnUnknownKeys(KEYS);
    Optional<Integer> number = fields.requiredInteger(NUMBER);
    Optional<LocalDate> date = fields.requiredDate(DATE);
    String title = fields.optionalText(TITLE).orElse("");
    String summary = fields.optionalText(SUMMARY).orElse("");
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
