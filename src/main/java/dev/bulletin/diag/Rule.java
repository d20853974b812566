package dev.bulletin.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of warning Bulletin gives, each with the name printed at the end of its line and
 * used by {@code checks:} in site.yml and by the baseline.
 */
public enum Rule {
  MISSING_SOURCES("a case lists no `sources`"),
  UNUSED_KEYWORD("a keyword of keywords.yml tags no case"),
  ISSUE_WITHOUT_CASES("an issue has no published case yet"),
  CLAIM_AFTER_ISSUE("a claim is dated after the issue that debunks it"),
  DRAFT_PLACEHOLDER("a draft still holds placeholder text such as TODO"),
  MIXED_SCRIPTS("a name mixes alphabets in one word, such as Latin and Cyrillic"),
  UNKNOWN_KEY("front matter or a YAML file has a key Bulletin ignores"),
  REDUNDANT_ALIAS("a keyword alias repeats the keyword's name or another alias"),
  UNREAD_FILE("a file in content/ is not read because its name does not end in `.md`"),
  UPDATES_OUT_OF_ORDER("a case's updates are not listed oldest first"),
  LARGE_MEDIA("a media file is over 2 MB"),
  LONG_HEADLINE("a case's headline is over 75 characters, which fact-check tools cut short");

  private final String description;

  Rule(String description) {
    this.description = description;
  }

  /** The kebab-case name, like {@code missing-sources}. */
  public String ruleName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One line saying what the rule warns about. */
  public String description() {
    return description;
  }

  /** The rule called {@code name}, if any. */
  public static Optional<Rule> named(String name) {
    return Arrays.stream(values()).filter(r -> r.ruleName().equals(name)).findFirst();
  }

  /** Every rule name, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Rule::ruleName).toList();
  }
}
