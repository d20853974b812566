package dev.bulletin.source;

import java.util.regex.Pattern;

/**
 * A scalar exactly as written; {@code quoted} tells whether the editor wrote quotes, which makes
 * {@code 310} a text rather than a number.
 */
public record YamlScalar(String value, boolean quoted, boolean isNull, int line, int column)
    implements YamlNode {
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]*\\.[0-9]+");

  public boolean looksLikeInteger() {
    return !quoted && INTEGER.matcher(value).matches();
  }

  @Override
  public String kind() {
    if (isNull) {
      return "empty";
    }
    if (looksLikeInteger() || (!quoted && DECIMAL.matcher(value).matches())) {
      return "a number";
    }
    if (!quoted && (value.equals("true") || value.equals("false"))) {
      return "true/false";
    }
    return "a text";
  }
}
