package dev.bulletin.validate;

import dev.bulletin.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The controlled keyword vocabulary: names and aliases matched without regard to case. */
public final class Vocabulary {
  private final List<KeywordDefinition> definitions;
  private final Map<String, Term> byName = new HashMap<>();

  public Vocabulary(List<KeywordDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    for (KeywordDefinition definition : definitions) {
      byName.putIfAbsent(key(definition.term().name()), definition.term());
      for (String alias : definition.aliases()) {
        byName.putIfAbsent(key(alias), definition.term());
      }
    }
  }

  public List<KeywordDefinition> definitions() {
    return definitions;
  }

  public Optional<Term> find(String nameOrAlias) {
    return Optional.ofNullable(byName.get(key(nameOrAlias)));
  }

  /** Every name and alias, for did-you-mean suggestions. */
  public List<String> spellings() {
    List<String> all = new ArrayList<>();
    for (KeywordDefinition definition : definitions) {
      all.add(definition.term().name());
      all.addAll(definition.aliases());
    }
    return all;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
