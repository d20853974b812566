package dev.bulletin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bulletin:schema writes the schemas, and none while keywords.yml has an error. */
class SchemaMojoTest {
  @TempDir Path folder;

  private SchemaMojo schema(Path content, String output) {
    SchemaMojo schema = new SchemaMojo();
    schema.basedir = folder.toFile();
    schema.contentDirectory = content.toFile();
    schema.schemaDirectory = folder.resolve(output).toFile();
    return schema;
  }

  @Test
  void writesTheSixSchemasAndNoneWhenTheVocabularyHasAnError() throws Exception {
    schema(Sample.CONTENT, "schema").execute();
    assertEquals(List.of("authors.schema.json", "case.schema.json", "issue.schema.json",
        "keywords.schema.json", "page.schema.json", "site.schema.json"), names());

    Path content = Folders.copy(Sample.CONTENT, folder.resolve("content"));
    Files.writeString(content.resolve("keywords.yml"), "- name: NATO\n- name: nato\n");
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        schema(content, "broken")::execute);
    assertTrue(failure.getMessage().startsWith("No schema written"), failure.getMessage());
    assertTrue(Files.notExists(folder.resolve("broken")));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder.resolve("schema"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
