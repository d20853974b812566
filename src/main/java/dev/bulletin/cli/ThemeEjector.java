package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import dev.bulletin.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Copies built-in theme files into a project's templates folder, where they override the
 * built-in ones and can be edited. Never overwrites a file: when any target exists, nothing is
 * copied, so a project's own edits are never lost to a second {@code eject}.
 */
final class ThemeEjector {
  private final Theme theme;
  private final Path folder;

  ThemeEjector(Theme theme, Path folder) {
    this.theme = theme;
    this.folder = folder;
  }

  /**
   * Copies {@code names} (every built-in file when empty) and returns the files written.
   *
   * @throws BulletinException (a usage error) for a name the theme lacks or a file that exists
   */
  List<Path> eject(Collection<String> names) {
    List<String> chosen = names.isEmpty() ? List.copyOf(theme.builtInNames())
        : names.stream().map(name -> name.replace('\\', '/')).distinct().toList();
    List<String> unknown = chosen.stream().filter(n -> theme.builtIn(n).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new BulletinException("the built-in theme has no " + quoted(unknown)
          + "; its files are " + quoted(theme.builtInNames()));
    }
    List<String> existing = chosen.stream()
        .filter(name -> Files.exists(folder.resolve(name))).toList();
    if (!existing.isEmpty()) {
      throw new BulletinException(quoted(existing) + (existing.size() == 1 ? " is" : " are")
          + " already in " + folder + "; refusing to overwrite, so nothing was copied. Move"
          + " them away first, or name only the files to copy");
    }
    List<Path> written = new ArrayList<>();
    for (String name : chosen) {
      Path file = folder.resolve(name);
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, theme.builtIn(name).orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      written.add(file);
    }
    return written;
  }

  private static String quoted(Collection<String> names) {
    return String.join(", ", names.stream().map(name -> "`" + name + "`").toList());
  }
}
