package dev.bulletin.model;

/** The three ways cases are classified, each with its own section of the site. */
public enum TermKind {
  KEYWORD("keywords"),
  COUNTRY("countries"),
  LANGUAGE("languages");

  private final String section;

  TermKind(String section) {
    this.section = section;
  }

  /** The folder of this kind's pages, e.g. {@code keywords}. */
  public String section() {
    return section;
  }
}
