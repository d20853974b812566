package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.source.YamlList;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one YAML mapping, reporting every missing or mistyped value with its
 * position and an example of the right form. Read methods return empty instead of failing, so a
 * file's other problems are still found in the same run.
 */
public final class FieldReader {
  private static final Pattern DATE = Pattern.compile(ValueType.DATE.pattern().orElseThrow());

  private final Path file;
  private final YamlMap map;
  private final Diagnostics diagnostics;
  private final String what;

  /** {@code what} names the mapping in messages, e.g. "the front matter" or "keyword 3". */
  public FieldReader(Path file, YamlMap map, Diagnostics diagnostics, String what) {
    this.file = file;
    this.map = map;
    this.diagnostics = diagnostics;
    this.what = what;
  }

  public Path file() {
    return file;
  }

  public YamlMap map() {
    return map;
  }

  /** Warns about every key not in {@code known}, suggesting the closest known one. */
  public void warnUnknownKeys(Set<String> known) {
    for (YamlMap.Entry entry : map.entries()) {
      if (!known.contains(entry.key())) {
        String hint = Suggestions.closest(entry.key(), known)
            .map(s -> "; did you mean `" + s + "`?")
            .orElse("; known keys are " + String.join(", ", known.stream().sorted().toList()));
        diagnostics.warning(Rule.UNKNOWN_KEY, file, entry.keyLine(), entry.keyColumn(),
            "unknown key `" + entry.key() + "` is ignored" + hint);
      }
    }
  }

  /** Warns about every key that {@code declared} does not declare. */
  public void warnUnknownKeys(Fields declared) {
    warnUnknownKeys(declared.keys());
  }

  public Optional<String> requiredText(Field field) {
    return requiredText(field.key(), field.example());
  }

  public Optional<String> optionalText(Field field) {
    return optionalText(field.key(), field.example());
  }

  public Optional<Integer> requiredInteger(Field field) {
    return requiredInteger(field.key(), field.example());
  }

  public Optional<Integer> optionalInteger(Field field) {
    return optionalInteger(field.key(), field.example());
  }

  public Optional<LocalDate> requiredDate(Field field) {
    return requiredDate(field.key(), field.example());
  }

  public Optional<List<YamlScalar>> requiredTextList(Field field) {
    return requiredTextList(field.key(), field.example());
  }

  public Optional<List<YamlScalar>> optionalTextList(Field field) {
    return optionalTextList(field.key(), field.example());
  }

  public Optional<List<YamlMap>> optionalMapList(Field field) {
    return optionalMapList(field.key(), field.example());
  }

  public boolean optionalBoolean(Field field, boolean fallback) {
    return optionalBoolean(field.key(), fallback);
  }

  public Optional<String> requiredText(String key, String example) {
    Optional<YamlNode> node = required(key, example);
    return node.flatMap(n -> text(key, n, example));
  }

  public Optional<String> optionalText(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.empty();
    }
    return text(key, node.get(), example);
  }

  public Optional<Integer> requiredInteger(String key, String example) {
    return required(key, example).flatMap(node -> {
      if (node instanceof YamlScalar s && s.looksLikeInteger()) {
        try {
          int value = Integer.parseInt(s.value().replace("+", ""));
          if (value > 0) {
            return Optional.of(value);
          }
        } catch (NumberFormatException e) {
          // falls through to the message below
        }
      }
      wrongType(key, node, "a whole number above 0", example);
      return Optional.empty();
    });
  }

  /** An optional whole number above 0; empty when absent or mistyped (which is reported). */
  public Optional<Integer> optionalInteger(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    return node.isEmpty() || isNull(node.get()) ? Optional.empty()
        : requiredInteger(key, example);
  }

  /** An optional whole number of any sign; empty when absent or not one (which is reported). */
  public Optional<Integer> optionalWholeNumber(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && s.looksLikeInteger()) {
      try {
        return Optional.of(Integer.parseInt(s.value().replace("+", "")));
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    String written = node.get() instanceof YamlScalar s ? "`" + s.value() + "`"
        : node.get().kind();
    diagnostics.error(file, node.get().line(), node.get().column(), "`" + key + "` must be a"
        + " whole number, like `" + example + "`, but it is " + written);
    return Optional.empty();
  }

  public Optional<LocalDate> requiredDate(String key, String example) {
    return required(key, example).flatMap(node -> date(key, node, example));
  }

  public Optional<LocalDate> date(String key, YamlNode node, String example) {
    if (node instanceof YamlScalar s) {
      var matcher = DATE.matcher(s.value().trim());
      if (matcher.matches()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
          diagnostics.error(file, node.line(), node.column(), "`" + key + "` is "
              + s.value().trim() + ", which is not a real date; check the month and day");
          return Optional.empty();
        }
      }
    }
    diagnostics.error(file, node.line(), node.column(), "`" + key
        + "` must be a date written YYYY-MM-DD, like `" + example + "`");
    return Optional.empty();
  }

  public boolean optionalBoolean(String key, boolean fallback) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return fallback;
    }
    if (node.get() instanceof YamlScalar s && !s.quoted()
        && (s.value().equals("true") || s.value().equals("false"))) {
      return Boolean.parseBoolean(s.value());
    }
    wrongType(key, node.get(), "true or false", key + ": true");
    return fallback;
  }

  /** A required, non-empty list of texts; each text is returned with its node for positions. */
  public Optional<List<YamlScalar>> requiredTextList(String key, String example) {
    return required(key, example).flatMap(node -> textList(key, node, example, true));
  }

  public Optional<List<YamlScalar>> optionalTextList(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.of(List.of());
    }
    return textList(key, node.get(), example, false);
  }

  /** The mappings of a list of sets of keys, such as {@code sources}. */
  public Optional<List<YamlMap>> optionalMapList(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      return Optional.of(List.of());
    }
    if (!(node.get() instanceof YamlList list)) {
      wrongType(key, node.get(), "a list", example);
      return Optional.empty();
    }
    List<YamlMap> maps = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap m) {
        maps.add(m);
      } else {
        diagnostics.error(file, item.line(), item.column(), "each item of `" + key
            + "` must be a set of keys, like `" + example + "`, but this is " + item.kind());
      }
    }
    return Optional.of(maps);
  }

  public void error(YamlNode node, String message) {
    diagnostics.error(file, node.line(), node.column(), message);
  }

  public void warning(Rule rule, YamlNode node, String message) {
    diagnostics.warning(rule, file, node.line(), node.column(), message);
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  private Optional<List<YamlScalar>> textList(
      String key, YamlNode node, String example, boolean required) {
    if (!(node instanceof YamlList list)) {
      wrongType(key, node, "a list", example);
      return Optional.empty();
    }
    if (required && list.items().isEmpty()) {
      diagnostics.error(file, node.line(), node.column(), "`" + key
          + "` must name at least one item, like `" + example + "`");
      return Optional.empty();
    }
    List<YamlScalar> items = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : list.items()) {
      if (item instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
        items.add(s);
      } else {
        diagnostics.error(file, item.line(), item.column(), "each item of `" + key
            + "` must be a text, like `" + example + "`, but this is " + item.kind());
        ok = false;
      }
    }
    return ok ? Optional.of(items) : Optional.empty();
  }

  private Optional<YamlNode> required(String key, String example) {
    Optional<YamlNode> node = map.get(key);
    if (node.isEmpty() || isNull(node.get())) {
      int line = node.map(YamlNode::line).orElse(map.line());
      int column = node.map(YamlNode::column).orElse(map.column());
      diagnostics.error(file, line, column, "missing `" + key + "` in " + what
          + "; add a line like `" + example + "`");
      return Optional.empty();
    }
    return node;
  }

  private Optional<String> text(String key, YamlNode node, String example) {
    if (node instanceof YamlScalar s && !s.isNull()) {
      String value = s.value().strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    if (node instanceof YamlScalar s && !s.isNull()) {
      diagnostics.error(file, node.line(), node.column(), "`" + key
          + "` is empty; write it like `" + example + "`");
      return Optional.empty();
    }
    wrongType(key, node, "a text", example);
    return Optional.empty();
  }

  private void wrongType(String key, YamlNode node, String expected, String example) {
    diagnostics.error(file, node.line(), node.column(), "`" + key + "` must be " + expected
        + ", like `" + example + "`, but it is " + node.kind());
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar s && s.isNull();
  }
}
