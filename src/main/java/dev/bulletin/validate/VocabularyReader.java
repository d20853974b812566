package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.model.Slugs;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import dev.bulletin.source.YamlList;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads keywords.yml, the controlled vocabulary, checking names, aliases and slugs are unique. */
public final class VocabularyReader {
  private static final Field NAME = Field.required("name", ValueType.TEXT, "name: NATO",
      "The keyword as cases write it and readers see it.");
  private static final Field SLUG = Field.optional("slug", ValueType.SLUG, "slug: nato",
      "The keyword page's address, keywords/<slug>/; made from the name when left out.");
  private static final Field DESCRIPTION = Field.optional("description", ValueType.TEXT,
      "description: One sentence", "One sentence shown on the keyword's page.");
  private static final Field ALIASES = Field.optional("aliases", ValueType.TEXT_LIST,
      "aliases: [North Atlantic Alliance]", "Other names cases may use for this keyword.");

  /** The keys of one keyword; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(NAME, SLUG, DESCRIPTION, ALIASES);

  public Vocabulary read(Path file, YamlNode root, Diagnostics diagnostics) {
    if (root instanceof YamlScalar s && s.isNull()) {
      return new Vocabulary(List.of());
    }
    if (!(root instanceof YamlList list)) {
      diagnostics.error(file, root.line(), root.column(), "keywords.yml must be a list of"
          + " keywords, each starting with `- name: …`");
      return Vocabulary.unreadable();
    }
    List<KeywordDefinition> definitions = new ArrayList<>();
    Map<String, Spelling> spellings = new HashMap<>();
    Map<String, String> slugs = new HashMap<>();
    Set<String> rejected = new HashSet<>();
    for (int index = 0; index < list.items().size(); index++) {
      YamlNode item = list.items().get(index);
      if (!(item instanceof dev.bulletin.source.YamlMap map)) {
        diagnostics.error(file, item.line(), item.column(), "each keyword must be a set of"
            + " keys, like `- name: NATO`, but this is " + item.kind());
        continue;
      }
      FieldReader fields = new FieldReader(file, map, diagnostics, "this keyword");
      fields.warnUnknownKeys(KEYS);
      Optional<String> name = fields.requiredText(NAME);
      Optional<String> explicitSlug = fields.optionalText(SLUG);
      String description = fields.optionalText(DESCRIPTION).orElse("");
      List<YamlScalar> aliases = fields.optionalTextList(ALIASES).orElse(List.of());
      if (name.isEmpty()) {
        continue;
      }
      MixedScripts.in(name.get()).ifPresent(scripts -> fields.warning(Rule.MIXED_SCRIPTS,
          map.get("name").orElseThrow(), "keyword `" + name.get() + "` mixes " + scripts
              + " letters in one word, so cases that type it in one alphabet will not find it;"
              + " retype it"));
      rejected.add(name.get());
      aliases.forEach(alias -> rejected.add(alias.value().strip()));
      String slug = explicitSlug.orElse(Slugs.of(name.get()));
      YamlNode slugNode = map.get("slug").orElse(map.get("name").orElseThrow());
      if (!Slugs.isSafe(slug)) {
        fields.error(slugNode, explicitSlug.isPresent()
            ? "`slug` must use only lower-case letters a-z, digits and single hyphens, like"
                + " `" + Slugs.of(explicitSlug.get()).replaceFirst("^$", "my-keyword") + "`"
            : "the name `" + name.get() + "` gives no usable web address; add a `slug:` such"
                + " as `my-keyword`");
        continue;
      }
      String previousSlug = slugs.putIfAbsent(slug, name.get());
      if (previousSlug != null) {
        fields.error(slugNode, "keyword `" + name.get() + "` would have the same address `"
            + slug + "` as `" + previousSlug + "`; give one of them another `slug:`");
        continue;
      }
      List<String> aliasNames = new ArrayList<>();
      boolean unique = claim(fields, spellings,
          new Spelling(name.get(), false, index, name.get()), map.get("name").orElseThrow());
      for (YamlScalar alias : aliases) {
        unique &= claim(fields, spellings,
            new Spelling(alias.value().strip(), true, index, name.get()), alias);
        aliasNames.add(alias.value().strip());
      }
      if (unique) {
        definitions.add(new KeywordDefinition(
            new Term(TermKind.KEYWORD, name.get(), slug, description, aliasNames), aliasNames,
            map.line(), map.column()));
        rejected.remove(name.get());
        aliasNames.forEach(rejected::remove);
      }
    }
    return new Vocabulary(definitions, rejected, true);
  }

  /** A name or alias as written, and the keyword (by position in the file) it belongs to. */
  private record Spelling(String text, boolean alias, int keyword, String owner) {}

  /**
   * Records {@code spelling}; false when another keyword has it already. One keyword repeating
   * its own name or alias in another letter case is only redundant, as matching ignores case.
   */
  private static boolean claim(FieldReader fields, Map<String, Spelling> spellings,
      Spelling spelling, YamlNode node) {
    String key = spelling.text().toLowerCase(Locale.ROOT);
    Spelling previous = spellings.putIfAbsent(key, spelling);
    if (previous == null) {
      return true;
    }
    if (previous.keyword() == spelling.keyword()) {
      fields.warning(Rule.REDUNDANT_ALIAS, node, "the alias `" + spelling.text()
          + "` repeats the keyword's " + (previous.alias() ? "alias" : "name") + " `" + previous.text() + "`; names and"
          + " aliases already match in any letter case, so remove this alias");
      return true;
    }
    fields.error(node, "`" + spelling.text() + "` is already used by keyword `"
        + previous.owner() + "`; each name and alias may belong to only one keyword");
    return false;
  }
}
