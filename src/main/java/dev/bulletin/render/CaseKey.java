package dev.bulletin.render;

import dev.bulletin.model.Case;
import java.util.Objects;

/**
 * The key of a piece made from one case (see {@link FragmentMemo}): which piece, the case, and
 * whatever else the piece depends on ({@code extra}, e.g. the issue date or the author's name).
 * Hashed by slug, unique within a build, so that hashing never walks a whole case; equality
 * still compares the whole case, which is instant when it is the same instance as last build.
 */
record CaseKey(String piece, Case c, Object extra) {
  @Override
  public int hashCode() {
    return (piece.hashCode() * 31 + c.slug().hashCode()) * 31 + Objects.hashCode(extra);
  }
}
