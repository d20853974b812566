package dev.bulletin.source;

import dev.bulletin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits {@code ---} front matter from a Markdown body and parses it. Takes text, not files, so
 * tests can feed it text blocks.
 */
public final class FrontMatterParser {
  private static final String FENCE = "---";
  private static final Pattern GLUED_KEY = Pattern.compile("[A-Za-z_][\\w-]*:[^\\s/]\\S*");
  private final YamlParser yaml;

  public FrontMatterParser(YamlParser yaml) {
    this.yaml = yaml;
  }

  public Optional<FrontMatterDocument> parse(Path file, String text, Diagnostics diagnostics) {
    if (text.isBlank()) {
      diagnostics.error(file, 1, 1, "the file is empty; a case starts with front matter"
          + " between two `---` lines, followed by the text");
      return Optional.empty();
    }
    // Walks the line ends instead of splitting the file into lines: the body, most of the
    // text, is then one substring rather than rebuilt line by line.
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text.substring(0, firstEnd))) {
      diagnostics.error(file, 1, 1, "couldn't find front matter; did you forget to put `---`"
          + " on the first line, before `title:`?");
      return Optional.empty();
    }
    int closing = -1;
    int closingStart = -1;
    int line = 1;
    for (int start = firstEnd + 1; start <= text.length() && firstEnd < text.length(); line++) {
      int end = lineEnd(text, start);
      if (isFence(text.substring(start, end))) {
        closing = line;
        closingStart = start;
        break;
      }
      start = end + 1;
    }
    if (closing < 0) {
      diagnostics.error(file, 1, 1, "the front matter is not closed; add a line `---` after"
          + " the last front matter key, before the text");
      return Optional.empty();
    }
    String yamlText = text.substring(firstEnd + 1, closingStart);
    int closingEnd = lineEnd(text, closingStart);
    String body = closingEnd < text.length() ? text.substring(closingEnd + 1) : "";
    Optional<YamlNode> node = yaml.parse(file, yamlText, 2, diagnostics);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && GLUED_KEY.matcher(s.value()).matches()) {
      // A lone `issue:308` is valid YAML, one text, rather than the key it was meant to be.
      String key = s.value().substring(0, s.value().indexOf(':'));
      String value = s.value().substring(key.length() + 1);
      diagnostics.error(file, s.line(), s.column(), "`" + s.value() + "` needs a space after"
          + " the colon; write `" + key + ": " + value + "`");
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlMap map)) {
      diagnostics.error(file, node.get().line(), node.get().column(),
          "front matter must be a set of `key: value` lines, but it is " + node.get().kind());
      return Optional.empty();
    }
    return Optional.of(new FrontMatterDocument(file, map, body, closing + 2));
  }

  /** Where the line starting at {@code start} ends: its newline, or the end of the text. */
  private static int lineEnd(String text, int start) {
    int newline = text.indexOf('\n', start);
    return newline < 0 ? text.length() : newline;
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals(FENCE);
  }
}
