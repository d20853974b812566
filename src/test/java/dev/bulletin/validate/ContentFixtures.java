package dev.bulletin.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies fixture content trees from src/test/resources into a scratch folder. */
public final class ContentFixtures {
  /** The bad-input corpus: one folder per error or warning, over a valid base tree. */
  public static final Path INVALID = Path.of("src/test/resources/invalid");

  private ContentFixtures() {}

  /** Copies {@code source} into {@code target}, replacing files that are already there. */
  public static void copyTree(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.sorted().toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree without following links out of it. */
  public static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base tree with {@code fixture}'s files laid over it, as {@code target/content}. */
  public static Path invalidContent(String fixture, Path target) {
    Path content = target.resolve("content");
    copyTree(INVALID.resolve("_base/content"), content);
    Path overlay = INVALID.resolve(fixture).resolve("content");
    if (Files.isDirectory(overlay)) {
      copyTree(overlay, content);
    }
    return content;
  }

  /** The names of every fixture folder, sorted. */
  public static List<String> invalidFixtures() {
    try (Stream<Path> folders = Files.list(INVALID)) {
      return folders.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
