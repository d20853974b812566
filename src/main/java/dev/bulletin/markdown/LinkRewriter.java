package dev.bulletin.markdown;

/** Decides where a link in Markdown really points, e.g. a relative {@code other-case.md}. */
@FunctionalInterface
public interface LinkRewriter {
  /**
   * Returns the destination to render for {@code destination}, written at {@code line} and
   * {@code column} (1-based, relative to the start of the Markdown text).
   */
  String rewrite(String destination, int line, int column);

  LinkRewriter NONE = (destination, line, column) -> destination;
}
