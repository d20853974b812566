package dev.bulletin.schema;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.validate.ContentLoader;
import dev.bulletin.validate.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code bulletin schema}: reads a content folder's keywords.yml and authors.yml and writes the
 * JSON Schemas {@link SchemaGenerator} makes into a folder, one file each.
 */
public final class SchemaWriter {
  /** The folder the schemas are written to unless told otherwise, beside content/. */
  public static final String DEFAULT_FOLDER = "schema";

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private SchemaWriter() {}

  /**
   * Writes the schemas of the bulletin in {@code content} into {@code folder} and returns the
   * files written; writes nothing when keywords.yml or authors.yml has an error (reported to
   * {@code diagnostics}), as the schemas would leave out what the error hides.
   */
  public static List<Path> write(Path content, Path folder, Diagnostics diagnostics) {
    ContentFiles files = new ContentWalker().walk(content, new Diagnostics());
    ContentLoader loader = new ContentLoader(ForkJoinPool.commonPool(), false);
    Vocabulary vocabulary = loader.vocabulary(files, diagnostics);
    var authors = loader.authors(files, diagnostics);
    if (diagnostics.hasErrors()) {
      return List.of();
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, JsonObject> schema :
        new SchemaGenerator(vocabulary, authors.keySet()).schemas().entrySet()) {
      Path file = folder.resolve(schema.getKey());
      write(file, GSON.toJson(schema.getValue()) + "\n");
      written.add(file);
    }
    return written;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
