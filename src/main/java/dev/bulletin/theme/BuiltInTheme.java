package dev.bulletin.theme;

import java.util.SortedMap;

/**
 * The theme that ships inside Bulletin: the top-level {@code templates/} folder, which the pom
 * copies onto the class path under {@link #ROOT}.
 */
public final class BuiltInTheme {
  /** Where the theme's files sit on the class path. */
  public static final String ROOT = "bulletin/theme/";

  private BuiltInTheme() {}

  /** Every built-in file by its path in the theme (like {@code assets/style.css}), sorted. */
  public static SortedMap<String, byte[]> read(ClassLoader loader) {
    return ClassPathFolder.read(loader, ROOT, "layout.ftlh");
  }
}
