package dev.bulletin.render;

/**
 * Wraps plain text for a mail's text part, as {@code wrap.of(text)} in templates: each line
 * longer than {@code width} is broken at spaces (a list item's continuation lines indented
 * under its text), and a word longer than a line, such as an address, is never broken, so
 * links stay whole and clickable. A record, so templates given one compare equal between
 * builds and the preview can reuse their pages.
 */
public record TextWrap(int width) {
  public TextWrap {
    if (width < 20) {
      throw new IllegalArgumentException("width too small: " + width);
    }
  }

  /** {@code text} with every line wrapped to at most {@link #width} characters where it can. */
  public String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 8);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      line(out, lines[i].stripTrailing());
    }
    return out.toString();
  }

  private void line(StringBuilder out, String line) {
    String indent = line.startsWith("- ") ? "  " : "";
    int column = 0;
    boolean first = true;
    for (String word : line.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (first) {
        out.append(word);
        column = word.length();
        first = false;
      } else if (column + 1 + word.length() <= width) {
        out.append(' ').append(word);
        column += 1 + word.length();
      } else {
        out.append('\n').append(indent).append(word);
        column = indent.length() + word.length();
      }
    }
  }
}
