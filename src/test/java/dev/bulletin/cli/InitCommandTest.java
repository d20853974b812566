package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code bulletin init}: a new repository that passes {@code check --strict} and builds. */
class InitCommandTest {
  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void writesABulletinThatPassesTheStrictCheckAndBuildsWithTheBuiltInTheme() throws IOException {
    Path news = temp.resolve("news");
    assertEquals(0, run("init", news.toString()), err::toString);
    for (String file : List.of("pom.xml", "README.md", ".gitignore", ".editorconfig",
        ".github/workflows/publish.yml", ".github/bulletin-problem-matcher.json",
        "content/site.yml", "content/keywords.yml", "content/issues/1.md",
        "content/cases/hot-tea-cures-flu.md", ".vscode/settings.json",
        ".vscode/extensions.json", "schema/case.schema.json", "schema/site.schema.json")) {
      assertTrue(Files.isRegularFile(news.resolve(file)), file);
    }
    assertFalse(Files.exists(news.resolve("templates")), "the built-in theme needs none");
    assertTrue(Files.readString(news.resolve("content/issues/1.md"))
        .contains("date: " + LocalDate.now()));

    assertEquals(0, run("check", "--strict", "--content", news.resolve("content").toString()),
        err::toString);
    assertEquals("", err.toString(), "not even a warning");

    Path site = news.resolve("site");
    assertEquals(0, run("build", "--strict", "--content", news.resolve("content").toString(),
        "--templates", news.resolve("templates").toString(), "--output", site.toString()),
        err::toString);
    assertTrue(Files.readString(site.resolve("cases/hot-tea-cures-flu/index.html"))
        .contains("A cup of hot tea every hour cures the flu"));
    assertTrue(Files.isRegularFile(site.resolve("assets/style.css")));
  }

  @Test
  void editorsGetTheSchemasOfTheYamlFilesAndTheKeywordsAsTheirValues() throws IOException {
    Path news = temp.resolve("news");
    assertEquals(0, run("init", news.toString()), err::toString);
    Map<String, Map<String, List<String>>> settings = new Yaml(new SafeConstructor(
        new LoaderOptions())).load(Files.readString(news.resolve(".vscode/settings.json")));
    Map<String, List<String>> schemas = settings.get("yaml.schemas");
    assertEquals(Map.of("./schema/site.schema.json", List.of("**/content/site.yml"),
        "./schema/keywords.schema.json", List.of("**/content/keywords.yml"),
        "./schema/authors.schema.json", List.of("**/content/authors.yml")), schemas);
    for (String schema : schemas.keySet()) {
      assertTrue(Files.isRegularFile(news.resolve(schema)), schema);
    }
    assertTrue(Files.readString(news.resolve("schema/case.schema.json"))
        .contains("\"enum\": [\n          \"Health\",\n          \"Medicine\",\n"
            + "          \"Viral posts\"\n        ]"));
  }

  @Test
  void thePomUsesThisPluginAndTheWorkflowItsProblemMatcher() throws IOException {
    Path news = temp.resolve("news");
    assertEquals(0, run("init", news.toString()), err::toString);
    String ours = Files.readString(Path.of("pom.xml"));
    String theirs = Files.readString(news.resolve("pom.xml"));
    for (String element : List.of("groupId", "artifactId", "version")) {
      String plugin = "<plugin>\\s*<groupId>(.*?)</groupId>\\s*<artifactId>(.*?)</artifactId>"
          + "\\s*<version>(.*?)</version>";
      Matcher matcher = Pattern.compile(plugin).matcher(theirs);
      assertTrue(matcher.find(), theirs);
      assertEquals(first(ours, element), matcher.group(List.of("groupId", "artifactId",
          "version").indexOf(element) + 1), element);
    }
    assertArrayEquals(Files.readAllBytes(Path.of(".github/bulletin-problem-matcher.json")),
        Files.readAllBytes(news.resolve(".github/bulletin-problem-matcher.json")));

    Map<Object, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(news.resolve(".github/workflows/publish.yml")));
    String text = workflow.get("jobs").toString();
    assertTrue(text.contains("::add-matcher::.github/bulletin-problem-matcher.json"));
    assertTrue(text.contains("mvn -B validate -Dbulletin.strict=true"));
    assertTrue(text.contains("-Dbulletin.baseUrl=\"${{ steps.pages.outputs.base_url }}/\""));
    assertTrue(Files.readString(news.resolve(".gitignore")).contains("site/\ntarget/\n"));
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws IOException {
    Path news = Files.createDirectories(temp.resolve("news"));
    Files.writeString(news.resolve("notes.txt"), "mine");
    assertEquals(2, run("init", news.toString()));
    assertEquals("bulletin: error: refusing to create a bulletin in " + news + ": it is not"
        + " empty; choose a new or empty folder\n", err.toString());
    assertEquals(List.of(news.resolve("notes.txt")), Files.list(news).toList());
  }

  /** The project's own coordinates: the first element of that name after the parent-less top. */
  private static String first(String pom, String element) {
    Matcher matcher = Pattern.compile("<" + element + ">(.*?)</" + element + ">").matcher(
        pom.substring(pom.indexOf("<modelVersion>")));
    assertTrue(matcher.find(), element);
    return matcher.group(1);
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }
}
