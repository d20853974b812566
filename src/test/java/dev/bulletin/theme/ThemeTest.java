package dev.bulletin.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme on the class path, and a project's folder laid over it. */
class ThemeTest {
  @TempDir Path temp;

  @Test
  void theBuiltInThemeIsTheTemplatesFolder() throws IOException {
    SortedMap<String, byte[]> builtIn = BuiltInTheme.read(getClass().getClassLoader());
    SortedMap<String, byte[]> source = new TreeMap<>();
    Path templates = Path.of("templates");
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        source.put(templates.relativize(file).toString().replace('\\', '/'),
            Files.readAllBytes(file));
      }
    }
    assertEquals(source.keySet(), builtIn.keySet());
    source.forEach((name, bytes) -> assertArrayEquals(bytes, builtIn.get(name), name));
  }

  @Test
  void readsTheThemeOutOfAJar() throws IOException {
    Path jar = temp.resolve("bulletin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "bulletin/theme/layout.ftlh", "<#macro page></#macro>");
      put(out, "bulletin/theme/assets/style.css", "body {}");
      put(out, "dev/bulletin/Other.class", "not the theme");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      SortedMap<String, byte[]> files = BuiltInTheme.read(loader);
      assertEquals(List.of("assets/style.css", "layout.ftlh"), List.copyOf(files.keySet()));
      assertEquals("body {}", new String(files.get("assets/style.css"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void projectFilesOverrideTheBuiltInOnesOfTheSamePath() throws IOException {
    Path folder = temp.resolve("templates");
    write(folder.resolve("case.ftlh"), "mine");
    write(folder.resolve("assets/extra.js"), "added");
    write(folder.resolve("layout.ftlh"), "<#macro page></#macro>"); // same bytes: no override
    Theme theme = new Theme(folder, builtIn());

    assertEquals("mine", text(theme.read("case.ftlh")));
    assertEquals("built-in issue", text(theme.read("issue.ftlh")));
    assertEquals(List.of("assets/extra.js", "assets/style.css", "case.ftlh",
        "i18n/en.properties", "issue.ftlh", "layout.ftlh"), List.copyOf(theme.names()));
    assertEquals(List.of("case.ftlh"), theme.overridden());
    assertEquals(Optional.of("theme: 1 file overridden: case.ftlh"), theme.summary());
  }

  @Test
  void aMissingFolderLeavesTheBuiltInThemeAlone() {
    Theme theme = new Theme(temp.resolve("nowhere"), builtIn());
    assertEquals(Optional.empty(), theme.folder());
    assertEquals(theme.builtInNames(), theme.names());
    assertEquals(Optional.empty(), theme.summary());
  }

  @Test
  void bundlesAreLayeredBuiltInFirst() throws IOException {
    Path folder = temp.resolve("templates");
    write(folder.resolve("i18n/en.properties"), "a=mine\n");
    Theme theme = new Theme(folder, builtIn());
    assertEquals(List.of("a=built-in\nb=kept\n", "a=mine\n"),
        theme.layers("i18n/en.properties").stream().map(ThemeTest::text).toList());
  }

  @Test
  void diagnosticsPointAtTheFileThatWasUsed() throws IOException {
    Path folder = temp.resolve("templates");
    write(folder.resolve("case.ftlh"), "mine");
    assertEquals(folder.resolve("case.ftlh"), Theme.locate(folder, "case.ftlh"));
    assertEquals(Path.of("<built-in theme>/issue.ftlh"), Theme.locate(folder, "issue.ftlh"));
  }

  private static SortedMap<String, byte[]> builtIn() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("layout.ftlh", bytes("<#macro page></#macro>"));
    files.put("case.ftlh", bytes("built-in case"));
    files.put("issue.ftlh", bytes("built-in issue"));
    files.put("assets/style.css", bytes("body {}"));
    files.put("i18n/en.properties", bytes("a=built-in\nb=kept\n"));
    return files;
  }

  private static void put(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(bytes(text));
    out.closeEntry();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
