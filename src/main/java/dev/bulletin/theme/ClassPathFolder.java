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
 * Reads a folder of files Bulletin ships on its class path (the built-in theme, the files of a
 * new bulletin), from the jar or from a classes folder. The class path lists no folders, so the
 * folder is found through one file known to be in it.
 */
public final class ClassPathFolder {
  private ClassPathFolder() {}

  /**
   * Every file under {@code root} (like {@code bulletin/theme/}), by its path below it, sorted.
   * {@code anchor} is a file that is always there, relative to {@code root}.
   */
  public static SortedMap<String, byte[]> read(ClassLoader loader, String root, String anchor) {
    URL url = loader.getResource(root + anchor);
    if (url == null) {
      throw new IllegalStateException(root + anchor + " is missing from the class path; build"
          + " Bulletin with Maven, which puts it there");
    }
    try {
      return switch (url.getProtocol()) {
        case "jar" -> fromJar(url, root);
        case "file" -> fromFolder(Path.of(url.toURI()).getParent()
            .resolve("../".repeat(depth(anchor))).normalize());
        default -> throw new IllegalStateException("cannot list the files at " + url);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read " + url, e);
    }
  }

  /** How many folders deep {@code anchor} is below the root. */
  private static int depth(String anchor) {
    return (int) anchor.chars().filter(c -> c == '/').count();
  }

  private static SortedMap<String, byte[]> fromJar(URL url, String root) throws IOException {
    JarURLConnection connection = (JarURLConnection) url.openConnection();
    // A cached JarFile is shared with the class loader; closing it would break later loads.
    connection.setUseCaches(false);
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : Collections.list((Enumeration<JarEntry>) jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(root)) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName().substring(root.length()), in.readAllBytes());
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
