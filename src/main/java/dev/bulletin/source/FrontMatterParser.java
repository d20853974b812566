package dev.bulletin.source;

import dev.bulletin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Splits {@code ---} front matter from a Markdown body and parses it. Takes text, not files, so
 * tests can feed it text blocks.
 */
public final class FrontMatterParser {
  private static final String FENCE = "---";
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
    String[] lines = text.split("\n", -1);
    if (!isFence(lines[0])) {
      diagnostics.error(file, 1, 1, "couldn't find front matter; did you forget to put `---`"
          + " on the first line, before `title:`?");
      return Optional.empty();
    }
    int closing = -1;
    for (int i = 1; i < lines.length; i++) {
      if (isFence(lines[i])) {
        closing = i;
        break;
      }
    }
    if (closing < 0) {
      diagnostics.error(file, 1, 1, "the front matter is not closed; add a line `---` after"
          + " the last front matter key, before the text");
      return Optional.empty();
    }
    StringBuilder yamlText = new StringBuilder();
    for (int i = 1; i < closing; i++) {
      yamlText.append(lines[i]).append('\n');
    }
    StringBuilder body = new StringBuilder();
    for (int i = closing + 1; i < lines.length; i++) {
      body.append(lines[i]);
      if (i < lines.length - 1) {
        body.append('\n');
      }
    }
    Optional<YamlNode> node = yaml.parse(file, yamlText.toString(), 2, diagnostics);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlMap map)) {
      diagnostics.error(file, node.get().line(), node.get().column(),
          "front matter must be a set of `key: value` lines, but it is " + node.get().kind());
      return Optional.empty();
    }
    return Optional.of(new FrontMatterDocument(file, map, body.toString(), closing + 2));
  }

  private static boolean isFence(String line) {
    return line.stripTrailing().equals(FENCE);
  }
}
