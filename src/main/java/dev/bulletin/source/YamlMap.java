package dev.bulletin.source;

import java.util.List;
import java.util.Optional;

/** A YAML mapping with text keys, in the order written. */
public record YamlMap(List<Entry> entries, int line, int column) implements YamlNode {

  /** One {@code key: value} pair; the key's own position is kept for "unknown key" messages. */
  public record Entry(String key, int keyLine, int keyColumn, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String kind() {
    return "a set of keys";
  }
}
