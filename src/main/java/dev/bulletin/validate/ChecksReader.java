package dev.bulletin.validate;

import dev.bulletin.diag.CheckPolicy;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.diag.RuleLevel;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code checks:} of site.yml, the level of each warning rule, like {@code checks:
 * {missing-sources: off}}. An unknown rule or level is an error, so a typo never silently
 * leaves a rule at its default.
 */
final class ChecksReader {
  private static final List<String> LEVELS =
      Arrays.stream(RuleLevel.values()).map(RuleLevel::word).toList();

  private ChecksReader() {}

  static CheckPolicy read(Path file, YamlNode node, Diagnostics diagnostics) {
    if (!(node instanceof YamlMap map)) {
      diagnostics.error(file, node.line(), node.column(), "`checks` must be a set of"
          + " `rule: level` lines, like `checks: {missing-sources: off}`, but it is "
          + node.kind());
      return CheckPolicy.DEFAULT;
    }
    Map<Rule, RuleLevel> levels = new EnumMap<>(Rule.class);
    for (YamlMap.Entry entry : map.entries()) {
      var rule = Rule.named(entry.key());
      if (rule.isEmpty()) {
        diagnostics.error(file, entry.keyLine(), entry.keyColumn(), "unknown rule `"
            + entry.key() + "` in `checks`" + Suggestions.closest(entry.key(), Rule.names())
                .map(s -> "; did you mean `" + s + "`?")
                .orElse("; rules are " + String.join(", ", Rule.names())));
        continue;
      }
      YamlNode value = entry.value();
      String word = value instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : "";
      if (!LEVELS.contains(word)) {
        diagnostics.error(file, value.line(), value.column(), "the level of `" + entry.key()
            + "` must be off, warning or error, but it is `" + word + "`"
            + Suggestions.closest(word, LEVELS).map(s -> "; did you mean `" + s + "`?")
                .orElse(""));
        continue;
      }
      levels.put(rule.get(), RuleLevel.valueOf(word.toUpperCase(java.util.Locale.ROOT)));
    }
    return new CheckPolicy(levels);
  }
}
