package dev.bulletin.render;

/** Short plain-text excerpts that end on a word boundary. */
public final class Excerpts {
  private Excerpts() {}

  public static String of(String text, int maxLength) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= maxLength) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', maxLength);
    return flat.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("[,.;:]$", "")
        + "…";
  }
}
