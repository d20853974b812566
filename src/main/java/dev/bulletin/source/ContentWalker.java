package dev.bulletin.source;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the content files under a content folder. Symbolic links are not followed into folders,
 * and links that lead outside the content folder are refused, so content can never make the
 * build read other files on the machine.
 */
public final class ContentWalker {
  /** The folder of images and other files published as they are, under the same path. */
  public static final String MEDIA = "media";

  public ContentFiles walk(Path root, Diagnostics diagnostics) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the content folder " + root, e);
    }
    List<Path> issues = new ArrayList<>();
    List<Path> cases = new ArrayList<>();
    List<Path> pages = new ArrayList<>();
    List<Path> media = new ArrayList<>();
    Set<Path> refused = new HashSet<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : (Iterable<Path>) all.sorted()::iterator) {
        if (Files.isSymbolicLink(path) && !isInside(path, realRoot)) {
          diagnostics.error(path, 1, 1, "this symbolic link leads outside the content folder;"
              + " copy the file into the content folder instead");
          refused.add(path);
          continue;
        }
        if (!Files.isRegularFile(path)) {
          continue;
        }
        String name = path.getFileName().toString();
        Path inside = root.relativize(path);
        if (inside.getNameCount() > 1 && inside.getName(0).toString().equals(MEDIA)) {
          media.add(path);
          continue;
        }
        if (!name.endsWith(".md")) {
          if (name.toLowerCase(Locale.ROOT).endsWith(".md")
              || name.toLowerCase(Locale.ROOT).endsWith(".markdown")) {
            diagnostics.warning(Rule.UNREAD_FILE, path, 1, 1, "this file is not read: only names"
                + " ending in `.md`, in lower case, are content; rename it to `"
                + name.substring(0, name.lastIndexOf('.')) + ".md`");
          }
          continue;
        }
        Path relative = root.relativize(path);
        String top = relative.getName(0).toString();
        switch (top) {
          case "issues" -> issues.add(path);
          case "cases" -> cases.add(path);
          case "pages" -> pages.add(path);
          default -> { }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content folder " + root, e);
    }
    return new ContentFiles(root, existing(root.resolve("site.yml"), refused),
        existing(root.resolve("keywords.yml"), refused),
        existing(root.resolve("authors.yml"), refused), issues, cases, pages, media);
  }

  private static boolean isInside(Path path, Path realRoot) {
    try {
      return path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  /** A top-level file, unless it is a refused link: refused files are never read. */
  private static Optional<Path> existing(Path path, Set<Path> refused) {
    return Files.isRegularFile(path) && !refused.contains(path)
        ? Optional.of(path) : Optional.empty();
  }
}
