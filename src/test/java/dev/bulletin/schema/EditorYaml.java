package dev.bulletin.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * YAML read as an editor's YAML extension reads it before checking it against a JSON Schema:
 * YAML 1.2's core types, so {@code 2026-10-17} stays a string and {@code yes} is not true.
 * SnakeYAML loads safely (no tags that make objects); the result becomes a JSON tree.
 */
final class EditorYaml {
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)^---\\s*$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EditorYaml() {}

  /** The front matter of a Markdown file as JSON. */
  static JsonNode frontMatter(String markdown) {
    var matcher = FRONT_MATTER.matcher(markdown);
    if (!matcher.find()) {
      throw new AssertionError("no front matter in:\n" + markdown);
    }
    return yaml(matcher.group(1));
  }

  static JsonNode file(Path file) throws IOException {
    String text = Files.readString(file);
    return file.toString().endsWith(".md") ? frontMatter(text) : yaml(text);
  }

  static JsonNode yaml(String text) {
    LoaderOptions options = new LoaderOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
        new DumperOptions(), options, new CoreSchema());
    return JSON.valueToTree(yaml.load(text));
  }

  /** YAML 1.2's core schema: no timestamps, and only true and false are booleans. */
  private static final class CoreSchema extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"),
          "tTfF");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
