package dev.bulletin.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the theme that ships inside Bulletin: the top-level {@code templates/} folder, which the
 * pom copies onto the class path under {@link #ROOT}, from the jar or from a classes folder.
 */
public final class BuiltInTheme {
  /** Where the theme's files sit on the class path. */
  public static final String ROOT = "bulletin/theme/";
  /** A file every theme has, used to find where the theme's files are. */
  private static final String ANCHOR = "layout.ftlh";

  private BuiltInTheme() {}

  /** Every built-in file by its path in the theme (like {@code assets/style.css}), sorted. */
  public static SortedMap<String, byte[]> read(ClassLoader loader) {
    URL anchor = loader.getResource(ROOT + ANCHOR);
    if (anchor == null) {
      throw new IllegalStateException("the built-in theme (" + ROOT + ANCHOR + ") is missing"
          + " from the class path; build Bulletin with Maven, which puts it there");
    }
    try {
      // The class path lists no folders, so the theme's files are found where the anchor is.
      return switch (anchor.getProtocol()) {
        case "jar" -> fromJar(anchor);
        case "file" -> fromFolder(Path.of(anchor.toURI()).getParent());
        default -> throw new IllegalStateException("cannot list the built-in theme at " + anchor);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in theme at " + anchor, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read the built-in theme at " + anchor, e);
    }
  }

  private static SortedMap<String, byte[]> fromJar(URL anchor) throws IOException {
    JarURLConnection connection = (JarURLConnection) anchor.openConnection();
    // A cached JarFile is shared with the class loader; closing it would break later loads.
    connection.setUseCaches(false);
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : Collections.list((Enumeration<JarEntry>) jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName().substring(ROOT.length()), in.readAllBytes());
          }
        }
      }
    }
    return Collections.unmodifiableSortedMap(files);
  }

  private static SortedMap<String, byte[]> fromFolder(Path root) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return Collections.unmodifiableSortedMap(files);
  }
}
