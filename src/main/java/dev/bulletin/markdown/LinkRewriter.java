package dev.bulletin.markdown;

import java.util.Optional;

/** Decides where a link in Markdown really points, e.g. a relative {@code other-case.md}. */
@FunctionalInterface
public interface LinkRewriter {
  /**
   * Returns the destination to render for {@code destination}, written at {@code line} and
   * {@code column} (1-based, relative to the start of the Markdown text).
   */
  String rewrite(String destination, int line, int column);

  /** Like {@link #rewrite}, for an image, with its size when known. */
  default ImageTarget rewriteImage(String destination, int line, int column) {
    return new ImageTarget(rewrite(destination, line, column), Optional.empty());
  }

  LinkRewriter NONE = (destination, line, column) -> destination;
}
