package dev.bulletin.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.bulletin.validate.AuthorsReader;
import dev.bulletin.validate.CaseReader;
import dev.bulletin.validate.Fields;
import dev.bulletin.validate.IssueReader;
import dev.bulletin.validate.PageReader;
import dev.bulletin.validate.SiteConfigReader;
import dev.bulletin.validate.Vocabulary;
import dev.bulletin.validate.VocabularyReader;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes the JSON Schemas of what editors write (front matter of cases, issues and pages;
 * site.yml, keywords.yml and authors.yml) from the readers' own key declarations, with this
 * bulletin's keywords and authors as the values {@code keywords:} and {@code author:} allow.
 *
 * <p>Draft-07, because it is the newest draft that VS Code's YAML extension (its language server
 * says it supports "JSON Schema 7 and below") and JetBrains IDEs both support fully.
 */
public final class SchemaGenerator {
  static final String DRAFT = "http://json-schema.org/draft-07/schema#";

  private final FieldSchemas fields;

  /** Schemas for a bulletin with {@code vocabulary} and the authors {@code authorIds}. */
  public SchemaGenerator(Vocabulary vocabulary, Collection<String> authorIds) {
    this.fields = new FieldSchemas(vocabulary.spellings(), List.copyOf(authorIds));
  }

  /** Every schema by its file name, such as {@code case.schema.json}. */
  public SortedMap<String, JsonObject> schemas() {
    SortedMap<String, JsonObject> schemas = new TreeMap<>();
    schemas.put("case.schema.json", document("Bulletin case",
        "The front matter of a case, content/cases/**/*.md.", fields.mapping(CaseReader.KEYS)));
    schemas.put("issue.schema.json", document("Bulletin issue",
        "The front matter of an issue, content/issues/*.md.",
        fields.mapping(IssueReader.KEYS)));
    schemas.put("page.schema.json", document("Bulletin page",
        "The front matter of a free page, content/pages/*.md.",
        fields.mapping(PageReader.KEYS)));
    schemas.put("site.schema.json", document("Bulletin site.yml",
        "The settings of the whole bulletin, content/site.yml.",
        fields.mapping(SiteConfigReader.KEYS)));
    schemas.put("keywords.schema.json", document("Bulletin keywords.yml",
        "The controlled vocabulary, content/keywords.yml: a list of keywords.",
        list(VocabularyReader.KEYS)));
    schemas.put("authors.schema.json", document("Bulletin authors.yml",
        "The desks and analysts who write responses, content/authors.yml: a list of authors.",
        list(AuthorsReader.KEYS)));
    return schemas;
  }

  private JsonObject list(Fields item) {
    JsonObject schema = new JsonObject();
    // An empty file is an empty list to the readers, and null to an editor.
    JsonArray types = new JsonArray();
    types.add("array");
    types.add("null");
    schema.add("type", types);
    schema.add("items", fields.mapping(item));
    return schema;
  }

  private static JsonObject document(String title, String description, JsonObject body) {
    JsonObject schema = new JsonObject();
    schema.addProperty("$schema", DRAFT);
    schema.addProperty("title", title);
    schema.addProperty("description", description + " Made by `bulletin schema` from the"
        + " rules `bulletin check` applies; run it again after changing keywords.yml or"
        + " authors.yml.");
    body.entrySet().forEach(entry -> schema.add(entry.getKey(), entry.getValue()));
    return schema;
  }
}
