package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds with the theme inside Bulletin: no templates folder at all, one overriding a few
 * files, one whose override breaks; and {@code theme eject}.
 */
class BuiltInThemeTest {
  @TempDir Path project;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @Test
  void theBuiltInThemeBuildsTheSameBytesAsTheTemplatesFolder() {
    Map<String, byte[]> builtIn = build(project.resolve("no-templates"), "builtin");
    assertEquals("", firstLineIfTheme(), "no file is overridden");
    Map<String, byte[]> folder = build(Path.of("templates").toAbsolutePath(), "folder");
    assertEquals(folder.keySet(), builtIn.keySet());
    List<String> differ = folder.keySet().stream()
        .filter(path -> !Arrays.equals(folder.get(path), builtIn.get(path))).toList();
    assertEquals(List.of(), differ);
    assertTrue(folder.size() > 100, "the whole sample site: " + folder.size());
  }

  @Test
  void aProjectFileOverridesOnlyItsOwnPath() throws IOException {
    Map<String, byte[]> plain = build(project.resolve("none"), "plain");
    Path templates = project.resolve("templates");
    String caseTemplate = Files.readString(Path.of("templates/case.ftlh"));
    write(templates.resolve("case.ftlh"), caseTemplate.replace("</article>",
        "<p>Newsroom edition</p></article>"));
    write(templates.resolve("assets/style.css"), "body { color: teal; }\n");
    write(templates.resolve("i18n/en.properties"), "search.title=Find a case\n");

    Map<String, byte[]> themed = build(templates, "themed");
    assertEquals("theme: 3 files overridden: assets/style.css, case.ftlh, i18n/en.properties",
        firstLineIfTheme());
    assertEquals("body { color: teal; }\n", new String(themed.get("assets/style.css")));
    List<String> changed = themed.keySet().stream()
        .filter(path -> !Arrays.equals(plain.get(path), themed.get(path))).toList();
    assertTrue(changed.contains("cases/armenia-us-building-nato-base/index.html"), changed::toString);
    assertTrue(new String(themed.get("cases/armenia-us-building-nato-base/index.html"))
        .contains("<p>Newsroom edition</p>"));
    for (String path : changed) {
      assertTrue(path.startsWith("cases/") || path.equals("assets/style.css")
          || path.startsWith("search/"), "only what the overrides touch changes: " + path);
    }
    // One message replaced; every other English string still comes from the built-in bundle.
    String search = new String(themed.get("search/index.html"));
    assertTrue(search.contains("Find a case"), search);
    assertEquals(plain.keySet(), themed.keySet());
  }

  @Test
  void aBrokenOverridePointsAtTheProjectFile() throws IOException {
    Path templates = project.resolve("templates");
    write(templates.resolve("case.ftlh"), "<#import \"layout.ftlh\" as layout>\n"
        + "<@layout.page>\n  ${case.title\n</@layout.page>\n");
    int code = run("build", "--content", Sample.CONTENT.toAbsolutePath().toString(),
        "--templates", templates.toString(), "--output", project.resolve("site").toString());
    assertEquals(1, code, err::toString);
    assertTrue(err.toString().startsWith(templates.resolve("case.ftlh") + ":4:2: error: template syntax error: "),
        err::toString);
    assertFalse(Files.exists(project.resolve("site")));
  }

  @Test
  void ejectCopiesEveryBuiltInFileAndThenRefusesToOverwrite() throws IOException {
    Path templates = project.resolve("templates");
    assertEquals(0, run("theme", "eject", "--templates", templates.toString()), err::toString);
    assertEquals(tree(Path.of("templates")).keySet(), tree(templates).keySet());
    assertTrue(out.toString().contains(templates.resolve("assets/style.css").toString()));
    Files.writeString(templates.resolve("case.ftlh"), "edited");

    err = new StringWriter();
    assertEquals(2, run("theme", "eject", "--templates", templates.toString(), "case.ftlh",
        "404.ftlh"));
    assertTrue(err.toString().startsWith("bulletin: error: `case.ftlh`, `404.ftlh` are"
        + " already in " + templates + "; refusing to overwrite"), err::toString);
    assertEquals("edited", Files.readString(templates.resolve("case.ftlh")));
  }

  @Test
  void ejectCopiesTheNamedFilesOnly() {
    Path templates = project.resolve("templates");
    assertEquals(0, run("theme", "eject", "--templates", templates.toString(), "case.ftlh",
        "assets/style.css"), err::toString);
    assertEquals(List.of("assets/style.css", "case.ftlh"), List.copyOf(tree(templates).keySet()));
  }

  @Test
  void ejectingAnUnknownFileIsAUsageErrorNamingTheFiles() {
    Path templates = project.resolve("templates");
    assertEquals(2, run("theme", "eject", "--templates", templates.toString(), "cases.ftlh"));
    assertTrue(err.toString().startsWith("bulletin: error: the built-in theme has no"
        + " `cases.ftlh`; its files are `404.ftlh`, `assets/favicon.svg`,"), err::toString);
    assertTrue(err.toString().contains("`case.ftlh`"), err::toString);
    assertFalse(Files.exists(templates));
  }

  private Map<String, byte[]> build(Path templates, String name) {
    out = new StringWriter();
    Path site = project.resolve("site-" + name);
    int code = run("build", "--content", Sample.CONTENT.toAbsolutePath().toString(),
        "--templates", templates.toString(), "--output", site.toString());
    assertEquals(0, code, err::toString);
    return tree(site);
  }

  private String firstLineIfTheme() {
    String first = out.toString().lines().findFirst().orElse("");
    return first.startsWith("theme:") ? first : "";
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
