package dev.bulletin.source;

/** The three kinds of Markdown file in a content folder, by their top-level folder. */
public enum ContentKind {
  ISSUE,
  CASE,
  PAGE
}
