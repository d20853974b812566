package dev.bulletin.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The theme a site is rendered with: the built-in theme with the project's own templates folder
 * in front of it. A project file (template, asset or message bundle) replaces the built-in file
 * of the same path; every other file is inherited. Files are named by their path inside the
 * theme, like {@code case.ftlh} or {@code assets/style.css}.
 */
public final class Theme {
  /** Where diagnostics say a built-in file is, since it has no path on disk. */
  public static final Path BUILT_IN = Path.of("<built-in theme>");

  private final Path folder;
  private final SortedMap<String, byte[]> builtIn;
  private final SortedMap<String, Path> project;

  Theme(Path folder, SortedMap<String, byte[]> builtIn) {
    this.folder = folder;
    this.builtIn = builtIn;
    this.project = Collections.unmodifiableSortedMap(list(folder));
  }

  /** The built-in theme behind the templates folder {@code folder}, which may not exist. */
  public static Theme of(Path folder) {
    return new Theme(folder, BuiltInTheme.read(Theme.class.getClassLoader()));
  }

  /** The project's templates folder, when it exists. */
  public Optional<Path> folder() {
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** Every file of the theme, built-in or the project's, sorted. */
  public SortedSet<String> names() {
    SortedSet<String> names = new TreeSet<>(builtIn.keySet());
    names.addAll(project.keySet());
    return Collections.unmodifiableSortedSet(names);
  }

  /** The files that ship with Bulletin, sorted. */
  public SortedSet<String> builtInNames() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(builtIn.keySet()));
  }

  /**
   * The project's files that replace a built-in file with other bytes, sorted. An ejected file
   * left as it was changes nothing, so it is not counted until it is edited (or until a new
   * Bulletin changes the built-in file it was copied from).
   */
  public List<String> overridden() {
    return project.keySet().stream()
        .filter(name -> builtIn.containsKey(name)
            && !Arrays.equals(builtIn.get(name), bytes(project.get(name))))
        .toList();
  }

  /** The one line a build prints about the theme, when the project overrides any file. */
  public Optional<String> summary() {
    List<String> overridden = overridden();
    if (overridden.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("theme: " + overridden.size()
        + (overridden.size() == 1 ? " file" : " files") + " overridden: "
        + String.join(", ", overridden));
  }

  /** The bytes of {@code name}: the project's file when it has one, else the built-in one. */
  public byte[] read(String name) {
    Path file = project.get(name);
    if (file != null) {
      return bytes(file);
    }
    byte[] bytes = builtIn.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("no theme file " + name);
    }
    return bytes.clone();
  }

  /**
   * Every version of {@code name}, the built-in one first, then the project's: for files read
   * key by key (message bundles), where a project need only write the keys it changes.
   */
  public List<byte[]> layers(String name) {
    List<byte[]> layers = new ArrayList<>(2);
    Optional.ofNullable(builtIn.get(name)).map(byte[]::clone).ifPresent(layers::add);
    Optional.ofNullable(project.get(name)).map(Theme::bytes).ifPresent(layers::add);
    return layers;
  }

  /** The built-in bytes of {@code name}, for copying the file out ({@code theme eject}). */
  public Optional<byte[]> builtIn(String name) {
    return Optional.ofNullable(builtIn.get(name)).map(byte[]::clone);
  }

  /** Where a diagnostic about {@code name} points: the project's file, or the built-in one. */
  public static Path locate(Path folder, String name) {
    Path file = folder.resolve(name);
    return Files.isRegularFile(file) ? file : BUILT_IN.resolve(name);
  }

  private static SortedMap<String, Path> list(Path folder) {
    SortedMap<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the templates folder " + folder, e);
    }
    return files;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
