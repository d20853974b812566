package dev.bulletin.source;

import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, int line, int column) implements YamlNode {
  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String kind() {
    return "a list";
  }
}
