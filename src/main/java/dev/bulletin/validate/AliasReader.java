package dev.bulletin.validate;

import dev.bulletin.model.Slugs;
import dev.bulletin.source.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code aliases:}, the old names of a case, issue or page; each becomes a redirect from
 * its old address, so it must be a name a web address can use, exactly like a slug.
 */
final class AliasReader {
  static final Field FIELD = Field.optional("aliases", ValueType.SLUG_LIST,
      "aliases: [old-name]", "Old names of this page; each old address leads here.");

  private AliasReader() {}

  /** The aliases that are safe names; the others are reported and left out. */
  static List<YamlScalar> read(FieldReader fields) {
    List<YamlScalar> valid = new ArrayList<>();
    for (YamlScalar alias : fields.optionalTextList(FIELD)
        .orElse(List.of())) {
      String name = alias.value().strip();
      if (Slugs.isSafe(name)) {
        valid.add(alias);
      } else {
        // `cases/old-name.md` or `/cases/old-name/` most likely means its last part.
        String last = name.replaceFirst("/+$", "").replaceFirst(".*/", "")
            .replaceFirst("\\.md$", "");
        String suggestion = Slugs.of(last).replaceFirst("^$", "old-name");
        fields.error(alias, "the alias `" + name + "` must be an old name of the page as it"
            + " appeared in its address: only lower-case letters a-z, digits and single"
            + " hyphens, like `" + suggestion + "`");
      }
    }
    return valid;
  }
}
