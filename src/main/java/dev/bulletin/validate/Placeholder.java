package dev.bulletin.validate;

import java.util.Locale;

/**
 * The placeholder text {@code bulletin new case} writes, defined once: the scaffold writes it and
 * {@link PlaceholderFinder} finds it left in a case, so an editor cannot publish "Summarise the
 * claim as it was published." or a country the tool made up.
 */
public enum Placeholder {
  // Plain words without `: `, `#`, commas or brackets: the scaffold writes them unquoted.
  LANGUAGES("languages", "Language of the claim",
      "the languages the claim was published in, like `languages: [Russian]`"),
  COUNTRIES("countries", "Country the claim is about",
      "the countries the claim is about, like `countries: [Ukraine]`"),
  KEYWORDS("keywords", "Keyword from keywords.yml",
      "keywords from keywords.yml, like `keywords: [NATO]`"),
  CLAIM("claim", "Summarise the claim as it was published.",
      "the claim as it was published, summarised in your words"),
  OUTLET("outlet", "Where the claim appeared",
      "the outlet that published the claim, like `outlet: Example News`"),
  RESPONSE("the response", "Write the response here: what is true, what is false and the"
      + " evidence for each.", "the response: what is true, what is false and the evidence");

  private final String field;
  private final String text;
  private final String replacement;

  Placeholder(String field, String text, String replacement) {
    this.field = field;
    this.text = text;
    this.replacement = replacement;
  }

  /** The front matter key it is written under ("the response" for the text). */
  public String field() {
    return field;
  }

  /** The text the scaffold writes. */
  public String text() {
    return text;
  }

  /** Whether {@code value}, a whole list item or short value, is this placeholder. */
  public boolean isValue(String value) {
    return value.strip().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
  }

  /** What check says when the placeholder is still there. */
  public String message() {
    String where = this == RESPONSE ? "the response" : "`" + field + "`";
    return where + " still holds the placeholder `" + text + "` written by `bulletin new case`;"
        + " replace it with " + replacement;
  }
}
