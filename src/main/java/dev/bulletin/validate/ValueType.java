package dev.bulletin.validate;

import dev.bulletin.model.Slugs;
import java.util.Optional;

/**
 * What a key's value must be, as its reader checks it. The kinds that name other content
 * ({@link #KEYWORDS}, {@link #AUTHOR}) are checked against keywords.yml and authors.yml.
 */
public enum ValueType {
  /** Any non-empty scalar: a number or true/false is read as its text. */
  TEXT(null),
  /** A whole number above 0, unquoted. */
  WHOLE_NUMBER(null),
  /** A date written YYYY-MM-DD. */
  DATE("([0-9]{4})-([0-9]{2})-([0-9]{2})"),
  /** true or false, unquoted. */
  BOOLEAN(null),
  /** A full web address starting with https:// or http://. */
  WEB_ADDRESS("https?://.+"),
  /** A language tag such as {@code en} or {@code pt-BR}. */
  LANGUAGE_TAG("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*"),
  /** A name that is part of a web address: lower-case letters a-z, digits, single hyphens. */
  SLUG(Slugs.SAFE_PATTERN),
  /** A list of texts. */
  TEXT_LIST(null),
  /** A list of slugs. */
  SLUG_LIST(null),
  /** A list of keyword names or aliases from keywords.yml. */
  KEYWORDS(null),
  /** The id of an author of authors.yml. */
  AUTHOR(null),
  /** A set of keys, each declared by {@link Field#parts()}. */
  MAP(null),
  /** A list of sets of keys, each declared by {@link Field#parts()}. */
  MAP_LIST(null),
  /** {@code checks:} of site.yml: a rule name to off, warning or error. */
  RULE_LEVELS(null);

  private final String pattern;

  ValueType(String pattern) {
    this.pattern = pattern;
  }

  /**
   * The regular expression a whole value of this type matches, where one says it; written so
   * that Java and the JavaScript of editors read it alike.
   */
  public Optional<String> pattern() {
    return Optional.ofNullable(pattern);
  }
}
