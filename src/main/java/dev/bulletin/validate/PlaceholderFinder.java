package dev.bulletin.validate;

import dev.bulletin.source.YamlList;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@link Placeholder}s of {@code bulletin new case} still left in a case. It reads the
 * raw front matter, so a placeholder is found whatever else is wrong with the field.
 */
public final class PlaceholderFinder {
  /** A placeholder left at {@code line}:{@code column}. */
  public record Found(int line, int column, Placeholder placeholder) {}

  private PlaceholderFinder() {}

  /** The placeholders in a case's front matter and its body, which starts at {@code bodyLine}. */
  static List<Found> find(YamlMap frontMatter, String body, int bodyLine) {
    List<Found> found = new ArrayList<>();
    for (Placeholder list : List.of(Placeholder.LANGUAGES, Placeholder.COUNTRIES,
        Placeholder.KEYWORDS)) {
      frontMatter.get(list.field())
          .ifPresent(node -> items(node).stream()
              .filter(item -> item instanceof YamlScalar s && list.isValue(s.value()))
              .forEach(item -> found.add(new Found(item.line(), item.column(), list))));
    }
    // The claim is text an editor writes around: the placeholder line left in it is enough.
    frontMatter.get("claim")
        .filter(node -> node instanceof YamlScalar s
            && s.value().contains(Placeholder.CLAIM.text()))
        .ifPresent(node -> found.add(new Found(node.line(), node.column(), Placeholder.CLAIM)));
    frontMatter.get("sources").ifPresent(sources -> items(sources).stream()
        .flatMap(source -> source instanceof YamlMap map ? map.get("outlet").stream()
            : Optional.<YamlNode>empty().stream())
        .filter(outlet -> outlet instanceof YamlScalar s
            && Placeholder.OUTLET.isValue(s.value()))
        .forEach(outlet -> found.add(new Found(outlet.line(), outlet.column(),
            Placeholder.OUTLET))));
    int at = body.indexOf(Placeholder.RESPONSE.text());
    if (at >= 0) {
      String before = body.substring(0, at);
      int lines = (int) before.chars().filter(c -> c == '\n').count();
      found.add(new Found(bodyLine + lines, at - before.lastIndexOf('\n'),
          Placeholder.RESPONSE));
    }
    return List.copyOf(found);
  }

  private static List<YamlNode> items(YamlNode node) {
    return node instanceof YamlList list ? list.items() : List.of(node);
  }
}
