package dev.bulletin.render;

import java.util.Locale;

/**
 * Escapes text for XML exactly as the pretty-printing outputter that wrote Bulletin's feeds
 * before does, so feeds stay byte-for-byte the same: element text is trimmed and its line
 * breaks written as CRLF; attribute values keep tabs and line breaks as character references.
 * Characters beyond the Basic Multilingual Plane become character references. Characters XML
 * cannot carry at all are refused (validation keeps them out of content).
 */
final class XmlEscaper {
  static final String EOL = "\r\n";

  private XmlEscaper() {}

  /** Appends {@code value} as element text; returns false when nothing is left after trimming. */
  static boolean text(StringBuilder out, String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isXmlSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isXmlSpace(value.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#xD;");
        case '\n' -> out.append(EOL);
        default -> i = character(out, value, i);
      }
    }
    return end > start;
  }

  /** Appends {@code value} as an attribute value between double quotes. */
  static void attribute(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#x9;");
        case '\n' -> out.append("&#xA;");
        case '\r' -> out.append("&#xD;");
        default -> i = character(out, value, i);
      }
    }
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Appends the character at {@code i}, a character beyond the Basic Multilingual Plane (an
   * emoji, say) as a character reference, as the outputter did; returns the last index used.
   */
  private static int character(StringBuilder out, String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      out.append("&#x").append(Integer.toHexString(value.codePointAt(i))).append(';');
      return i + 1;
    }
    if (c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "U+%04X cannot be written to XML", (int) c));
    }
    out.append(c);
    return i;
  }
}
