package dev.bulletin.source;

/**
 * A scalar exactly as written; {@code quoted} tells whether the editor wrote quotes, which makes
 * {@code 310} a text rather than a number.
 */
public record YamlScalar(String value, boolean quoted, boolean isNull, int line, int column)
    implements YamlNode {

  public boolean looksLikeInteger() {
    return !quoted && value.matches("[-+]?[0-9]+");
  }

  @Override
  public String kind() {
    if (isNull) {
      return "empty";
    }
    if (looksLikeInteger() || (!quoted && value.matches("[-+]?[0-9]*\\.[0-9]+"))) {
      return "a number";
    }
    if (!quoted && (value.equals("true") || value.equals("false"))) {
      return "true/false";
    }
    return "a text";
  }
}
