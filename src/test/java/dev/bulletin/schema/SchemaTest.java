package dev.bulletin.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulletin.cli.Main;
import dev.bulletin.testing.Sample;
import dev.bulletin.validate.CaseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The schemas {@code bulletin schema} writes, checked by a JSON Schema validator the way VS
 * Code's YAML extension checks a file: every sample file passes, and the editor mistakes
 * {@code check} reports are underlined.
 */
class SchemaTest {
  private static final SchemaRegistry DRAFT_7 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  @TempDir Path folder;

  private Path writeSchemas(Path content) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "schema",
        "--content", content.toString(), "--output", folder.toString());
    assertEquals(0, code, err::toString);
    assertEquals("Wrote 6 schemas to " + folder + "\n", out.toString());
    return folder;
  }

  private Schema schema(String name) throws IOException {
    return DRAFT_7.getSchema(Files.readString(folder.resolve(name + ".schema.json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"content", "src/test/resources/sample/content"})
  void everySampleFileValidates(String content) throws IOException {
    writeSchemas(Path.of(content));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String kind : List.of("cases", "issues", "pages")) {
      Schema schema = schema(kind.substring(0, kind.length() - 1));
      try (Stream<Path> files = Files.walk(Path.of(content, kind))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          schema.validate(EditorYaml.file(file)).forEach(e -> problems.add(file + ": " + e));
          checked++;
        }
      }
    }
    for (String yaml : List.of("site", "keywords", "authors")) {
      Path file = Path.of(content, yaml + ".yml");
      schema(yaml).validate(EditorYaml.file(file)).forEach(e -> problems.add(file + ": " + e));
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 25, "cases, issues and pages read: " + checked);
  }

  @Test
  void everySchemaIsAValidDraft7Schema() throws IOException {
    writeSchemas(Sample.CONTENT);
    Schema metaSchema =
        DRAFT_7.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        JsonNode schema = EditorYaml.yaml(Files.readString(file));
        assertEquals(List.of(), metaSchema.validate(schema), file::toString);
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asString());
      }
    }
  }

  @Test
  void aMisspelledKeyIsRejected() throws IOException {
    writeSchemas(Sample.CONTENT);
    List<Error> errors = schema("case").validate(EditorYaml.frontMatter(
        validCase().replace("keywords:", "keyowrds:")));
    assertEquals(List.of("additionalProperties:keyowrds", "required:keywords"),
        summary(errors));
  }

  @Test
  void aValueOfTheWrongTypeIsRejected() throws IOException {
    writeSchemas(Sample.CONTENT);
    List<Error> errors = schema("case").validate(EditorYaml.frontMatter(
        validCase().replace("issue: 308", "issue: [308]").replace("draft: false",
            "draft: \"no\"")));
    assertEquals(List.of("type:/draft", "type:/issue"), summary(errors));
  }

  @Test
  void anUnknownKeywordOrAuthorIsRejected() throws IOException {
    writeSchemas(Sample.CONTENT);
    List<Error> errors = schema("case").validate(EditorYaml.frontMatter(
        validCase().replace("[NATO, Elections]", "[NATO, NATOO]")
            .replace("author: east-desk", "author: east-dsk")));
    assertEquals(List.of("enum:/author", "enum:/keywords/1"), summary(errors));
  }

  @Test
  void theDefaultAuthorIsAnAuthorAndAnAvatarIsAKnownKey() throws IOException {
    writeSchemas(Sample.CONTENT);
    String site = "title: T\nbaseUrl: https://example.org/\nlanguage: en\n";
    assertEquals(List.of(), summary(schema("site")
        .validate(EditorYaml.yaml(site + "defaultAuthor: east-desk\n"))));
    assertEquals(List.of("enum:/defaultAuthor"), summary(schema("site")
        .validate(EditorYaml.yaml(site + "defaultAuthor: east-dsk\n"))));
    assertEquals(List.of(), summary(schema("authors").validate(EditorYaml.yaml(
        "- id: east-desk\n  name: East Desk\n  avatar: media/authors/east-desk.jpg\n"))));
  }

  @Test
  void siteYmlRulesAndYamlListsAreChecked() throws IOException {
    writeSchemas(Sample.CONTENT);
    assertEquals(List.of("additionalProperties:missing-source"), summary(schema("site")
        .validate(EditorYaml.yaml("title: T\nbaseUrl: https://example.org/\nlanguage: en\n"
            + "checks: {missing-source: off}\n"))));
    assertEquals(List.of("enum:/checks/unused-keyword"), summary(schema("site")
        .validate(EditorYaml.yaml("title: T\nbaseUrl: https://example.org/\nlanguage: en\n"
            + "checks: {unused-keyword: of}\n"))));
    assertEquals(List.of("type:/checks"), summary(schema("site")
        .validate(EditorYaml.yaml("title: T\nbaseUrl: https://example.org/\nlanguage: en\n"
            + "checks:\n"))));
    assertEquals(List.of("pattern:/0/id"), summary(schema("authors")
        .validate(EditorYaml.yaml("- id: East Desk\n  name: East Desk\n"))));
  }

  @Test
  void everyKeyTheCaseReaderDeclaresIsInTheCaseSchema() throws IOException {
    writeSchemas(Sample.CONTENT);
    JsonNode properties = EditorYaml.yaml(Files.readString(folder.resolve("case.schema.json")))
        .get("properties");
    List<String> inSchema = new ArrayList<>(properties.propertyNames());
    assertEquals(CaseReader.KEYS.keys().stream().toList(), inSchema);
  }

  private static String validCase() {
    return """
        ---
        title: "NATO is building a base in Armenia"
        issue: 308
        date: 2026-10-17
        languages: [Russian]
        countries: [Armenia]
        keywords: [NATO, Elections]
        author: east-desk
        draft: false
        warning:
        sources:
          - outlet: Example News
            url: https://example.com/a
        claim: |
          A claim.
        ---
        The response.
        """;
  }

  /** Each error as its keyword and, for a wrong value, where it is; sorted. */
  private static List<String> summary(List<Error> errors) {
    return errors.stream().map(e -> e.getKeyword() + ":" + (e.getProperty() != null
        ? e.getProperty() : e.getInstanceLocation().toString())).sorted().toList();
  }
}
