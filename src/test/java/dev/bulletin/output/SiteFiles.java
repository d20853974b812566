package dev.bulletin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder tree into memory, so two trees can be compared byte for byte. */
final class SiteFiles {
  private SiteFiles() {}

  /** Every regular file under {@code root}, by relative path with {@code /}, as hex-free text. */
  static Map<String, String> read(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'),
            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The names in {@code folder} that start with {@code prefix}. */
  static List<String> namesStartingWith(Path folder, String prefix) {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
