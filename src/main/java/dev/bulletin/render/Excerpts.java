package dev.bulletin.render;

/** Short plain-text excerpts that end on a word boundary. */
public final class Excerpts {
  private Excerpts() {}

  /**
   * The start of {@code text} with its white space folded to single spaces, cut at the last word
   * boundary within {@code maxLength} characters and marked with an ellipsis when shortened.
   * Scans only as far as it needs to, since it runs for every case card of every list page.
   */
  public static String of(String text, int maxLength) {
    StringBuilder flat = new StringBuilder(Math.min(text.length(), maxLength + 1));
    boolean pendingSpace = false;
    for (int i = 0; i < text.length() && flat.length() <= maxLength; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = flat.length() > 0;
      } else {
        if (pendingSpace) {
          flat.append(' ');
          pendingSpace = false;
        }
        flat.append(c);
      }
    }
    if (flat.length() <= maxLength) {
      return flat.toString();
    }
    int cut = flat.lastIndexOf(" ", maxLength);
    int end = cut > maxLength / 2 ? cut : maxLength;
    while (end > 0 && ",.;:".indexOf(flat.charAt(end - 1)) >= 0) {
      end--;
    }
    return flat.substring(0, end) + "…";
  }
}
