package dev.bulletin.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.bulletin.diag.Rule;
import dev.bulletin.diag.RuleLevel;
import dev.bulletin.validate.Field;
import dev.bulletin.validate.Fields;
import dev.bulletin.validate.ValueType;
import java.util.List;

/**
 * The JSON Schema (draft-07) of one declared {@link Field} and of a mapping of them, as an
 * editor's YAML support sees the values: YAML 1.2, so an unquoted date is a string and an
 * unquoted {@code 310} a number.
 */
final class FieldSchemas {
  private final List<String> keywords;
  private final List<String> authors;

  /** Keywords' names and aliases and the author ids become the allowed values; none, any. */
  FieldSchemas(List<String> keywords, List<String> authors) {
    this.keywords = List.copyOf(keywords);
    this.authors = List.copyOf(authors);
  }

  /** A mapping with exactly the keys of {@code fields}: an unknown key is underlined. */
  JsonObject mapping(Fields fields) {
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    for (Field field : fields.all()) {
      properties.add(field.key(), value(field));
      if (field.required()) {
        required.add(field.key());
      }
    }
    JsonObject schema = new JsonObject();
    schema.addProperty("type", "object");
    schema.add("properties", properties);
    if (!required.isEmpty()) {
      schema.add("required", required);
    }
    schema.addProperty("additionalProperties", false);
    return schema;
  }

  /** The schema of {@code field}'s value, with its description and example for hovers. */
  JsonObject value(Field field) {
    JsonObject schema = switch (field.type()) {
      case TEXT -> text();
      case WHOLE_NUMBER -> {
        JsonObject number = type("integer");
        number.addProperty("minimum", 1);
        yield number;
      }
      case BOOLEAN -> type("boolean");
      case DATE, WEB_ADDRESS, LANGUAGE_TAG, SLUG -> pattern(field.type());
      case TEXT_LIST -> list(text(), field.required());
      case SLUG_LIST -> list(pattern(ValueType.SLUG), field.required());
      case KEYWORDS -> list(keywords.isEmpty() ? text() : oneOf(keywords), field.required());
      case AUTHOR -> authors.isEmpty() ? text() : oneOf(authors);
      case MAP -> mapping(field.parts());
      case MAP_LIST -> list(mapping(field.parts()), field.required());
      case RULE_LEVELS -> ruleLevels();
    };
    if (!field.required() && field.type() != ValueType.MAP
        && field.type() != ValueType.RULE_LEVELS) {
      // An optional key left empty (`warning:`) is read as not given; an empty `publisher:`
      // or `checks:` is an error.
      allowNull(schema);
    }
    schema.addProperty("description", field.description() + " Example: " + field.example());
    return schema;
  }

  /** Any scalar with a character that is not a space: check reads numbers as their text. */
  private static JsonObject text() {
    JsonObject schema = new JsonObject();
    JsonArray types = new JsonArray();
    types.add("string");
    types.add("number");
    types.add("boolean");
    schema.add("type", types);
    schema.addProperty("pattern", "\\S");
    return schema;
  }

  private static JsonObject pattern(ValueType type) {
    JsonObject schema = type("string");
    schema.addProperty("pattern", "^(?:" + type.pattern().orElseThrow() + ")$");
    if (type == ValueType.DATE) {
      schema.addProperty("format", "date");
    }
    return schema;
  }

  private static JsonObject list(JsonObject items, boolean atLeastOne) {
    JsonObject schema = type("array");
    schema.add("items", items);
    if (atLeastOne) {
      schema.addProperty("minItems", 1);
    }
    return schema;
  }

  private static JsonObject oneOf(List<String> values) {
    JsonArray allowed = new JsonArray();
    values.stream().distinct().forEach(allowed::add);
    JsonObject schema = new JsonObject();
    schema.add("enum", allowed);
    return schema;
  }

  /** {@code checks:}: each rule by name, with its level; a misspelled rule is underlined. */
  private static JsonObject ruleLevels() {
    JsonArray levels = new JsonArray();
    for (RuleLevel level : RuleLevel.values()) {
      levels.add(level.word());
    }
    JsonObject properties = new JsonObject();
    for (Rule rule : Rule.values()) {
      JsonObject level = new JsonObject();
      level.add("enum", levels);
      level.addProperty("description", "Warns when " + rule.description() + ".");
      properties.add(rule.ruleName(), level);
    }
    JsonObject schema = type("object");
    schema.add("properties", properties);
    schema.addProperty("additionalProperties", false);
    return schema;
  }

  private static JsonObject type(String name) {
    JsonObject schema = new JsonObject();
    schema.addProperty("type", name);
    return schema;
  }

  private static void allowNull(JsonObject schema) {
    JsonElement type = schema.get("type");
    if (type instanceof JsonPrimitive single) {
      JsonArray types = new JsonArray();
      types.add(single);
      types.add("null");
      schema.add("type", types);
    } else if (type instanceof JsonArray types) {
      types.add("null");
    } else if (schema.get("enum") instanceof JsonArray values) {
      values.add(JsonNull.INSTANCE);
    }
  }
}
