package dev.bulletin.validate;

import dev.bulletin.model.Term;
import java.util.List;

/** One entry of keywords.yml: the term it defines, its aliases and where it was written. */
public record KeywordDefinition(Term term, List<String> aliases, int line, int column) {
  public KeywordDefinition {
    aliases = List.copyOf(aliases);
  }
}
