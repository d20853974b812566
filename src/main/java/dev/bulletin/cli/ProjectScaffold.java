package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import dev.bulletin.theme.ClassPathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Writes a new bulletin repository that builds at once ({@code bulletin init}): the files
 * shipped under {@code bulletin/init/} on the class path, with this Bulletin's Maven
 * coordinates and today's date filled in. Only into a new or empty folder.
 */
final class ProjectScaffold {
  private static final String ROOT = "bulletin/init/";
  /** Files the resources plugin would leave out (.gitignore) ship as dot-gitignore. */
  private static final String DOT = "dot-";

  private final Path folder;

  ProjectScaffold(Path folder) {
    this.folder = folder;
  }

  /** Writes every file and returns them, in order. */
  List<Path> create(LocalDate today) {
    refuseUnlessEmpty();
    ClassLoader loader = ProjectScaffold.class.getClassLoader();
    Map<String, String> values = placeholders(today);
    SortedMap<String, byte[]> files = ClassPathFolder.read(loader, ROOT, "pom.xml");
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace(value.getKey(), value.getValue());
      }
      Path target = folder.resolve(file.getKey().replace("/" + DOT, "/.")
          .replaceFirst("^" + DOT, "."));
      write(target, text);
      written.add(target);
    }
    return written;
  }

  private void refuseUnlessEmpty() {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BulletinException("cannot create a bulletin in " + folder + ": it is a file;"
          + " choose a new folder");
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new BulletinException("refusing to create a bulletin in " + folder + ": it is"
              + " not empty; choose a new or empty folder");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + folder, e);
      }
    }
  }

  private static Map<String, String> placeholders(LocalDate today) {
    BuildInfo build = BuildInfo.read();
    return Map.of(
        "@BULLETIN_GROUP_ID@", build.groupId(),
        "@BULLETIN_ARTIFACT_ID@", build.artifactId(),
        "@BULLETIN_VERSION@", build.version(),
        "@TODAY@", today.toString());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
