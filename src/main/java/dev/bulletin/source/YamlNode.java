package dev.bulletin.source;

/** A YAML value as written, with the 1-based line and column where it starts in its file. */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {
  int line();

  int column();

  /** A short description of the node's shape for messages: "a list", "a number", … */
  String kind();
}
