package dev.bulletin.validate;

import dev.bulletin.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The controlled keyword vocabulary: names and aliases matched without regard to case. It also
 * remembers the spellings of entries keywords.yml got wrong, so a case using them is not blamed
 * for an error that is reported in keywords.yml already.
 */
public final class Vocabulary {
  private final List<KeywordDefinition> definitions;
  private final Map<String, Term> byName = new HashMap<>();
  private final Set<String> rejected;
  private final boolean readable;

  public Vocabulary(List<KeywordDefinition> definitions) {
    this(definitions, Set.of(), true);
  }

  /**
   * {@code rejected} are names and aliases of entries refused with an error; {@code readable} is
   * false when keywords.yml is missing or not usable at all.
   */
  public Vocabulary(List<KeywordDefinition> definitions, Set<String> rejected,
      boolean readable) {
    this.rejected = rejected.stream().map(Vocabulary::key).collect(Collectors.toSet());
    this.readable = readable;
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

  /** A vocabulary standing in for a missing or unreadable keywords.yml. */
  public static Vocabulary unreadable() {
    return new Vocabulary(List.of(), Set.of(), false);
  }

  /** Whether an unknown {@code name} is explained by an error reported in keywords.yml. */
  public boolean excuses(String name) {
    return !readable || rejected.contains(key(name));
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
