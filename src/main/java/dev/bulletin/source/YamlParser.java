package dev.bulletin.source;

import dev.bulletin.diag.Diagnostics;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into {@link YamlNode}s with positions. It only composes SnakeYAML's node graph
 * and never constructs Java objects, so no tag can instantiate a class; explicit tags are refused,
 * and aliases, depth and size are bounded so hostile documents fail fast.
 */
public final class YamlParser {
  private static final int MAX_CODE_POINTS = 1_000_000;
  private static final int MAX_NODES = 100_000;
  /**
   * How often a document may repeat plain values through aliases. Every repeat is checked as a
   * value of its own, so without a bound a small file could make the checks run for hours.
   */
  static final int MAX_SCALAR_ALIASES = 100;
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
  // Building a Yaml (resolver, constructor, representer) costs more than composing a small front
  // matter; an instance is not thread-safe but composes any number of documents in turn.
  private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(options()));

  /**
   * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}. Problems are
   * reported to {@code diagnostics}; empty when the text is not usable YAML.
   */
  public Optional<YamlNode> parse(Path file, String text, int firstLine, Diagnostics diagnostics) {
    Yaml yaml = YAML.get();
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      YamlErrorExplainer.Explained explained = YamlErrorExplainer.explain(e, text, firstLine);
      diagnostics.error(file, explained.line(), explained.column(), explained.message() + ".");
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error(file, firstLine, 1, describe(e.getMessage()) + ".");
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(new YamlMap(List.of(), firstLine, 1));
    }
    Converter converter = new Converter(file, firstLine, diagnostics);
    YamlNode converted = converter.convert(root);
    return converter.failed ? Optional.empty() : Optional.of(converted);
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return options;
  }

  private static String describe(String message) {
    String text = message == null ? "" : message;
    if (text.contains("aliases for non-scalar nodes")) {
      return YamlErrorExplainer.ALIASES_REFUSED;
    }
    if (text.contains("code points") || text.contains("exceeds the limit")) {
      return "the YAML is too large; keep it under a megabyte";
    }
    return "YAML could not be read: " + text;
  }

  /** Converts one document; a fresh instance per document keeps it free of shared state. */
  private static final class Converter {
    private final Path file;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Map<Node, Boolean> visiting = new IdentityHashMap<>();
    private final Map<Node, Boolean> scalarsSeen = new IdentityHashMap<>();
    private int nodes;
    private int scalarAliases;
    private boolean failed;

    Converter(Path file, int firstLine, Diagnostics diagnostics) {
      this.file = file;
      this.firstLine = firstLine;
      this.diagnostics = diagnostics;
    }

    YamlNode convert(Node node) {
      int line = firstLine + node.getStartMark().getLine();
      int column = node.getStartMark().getColumn() + 1;
      if (++nodes > MAX_NODES) {
        fail(line, column, "the YAML is too large; keep front matter to a few hundred values");
        return new YamlScalar("", false, true, line, column);
      }
      if (!PLAIN_TAGS.contains(node.getTag())) {
        fail(line, column, YamlErrorExplainer.tagRefused(node.getTag().getValue()));
        return new YamlScalar("", false, true, line, column);
      }
      if (visiting.put(node, Boolean.TRUE) != null) {
        fail(line, column, "a YAML value may not contain itself");
        return new YamlScalar("", false, true, line, column);
      }
      try {
        return switch (node.getNodeId()) {
          case scalar -> scalar((ScalarNode) node, line, column);
          case sequence -> sequence((SequenceNode) node, line, column);
          case mapping -> mapping((MappingNode) node, line, column);
          default -> new YamlScalar("", false, true, line, column);
        };
      } finally {
        visiting.remove(node);
      }
    }

    private YamlNode scalar(ScalarNode node, int line, int column) {
      // An alias is the very node its anchor made, met again.
      if (scalarsSeen.put(node, Boolean.TRUE) != null && ++scalarAliases > MAX_SCALAR_ALIASES) {
        fail(line, column, "the value anchored here is repeated through aliases (`*name`) more"
            + " than " + MAX_SCALAR_ALIASES + " times in this file; write the values out in full");
        return new YamlScalar("", false, true, line, column);
      }
      int bad = unwritable(node.getValue());
      if (bad >= 0) {
        fail(line, column, String.format(Locale.ROOT, "the value contains the character U+%04X,"
            + " which no web page, feed or data file can carry; remove it (it may have come in"
            + " with a copy and paste, or as an escape such as \\x01)",
            (int) node.getValue().charAt(bad)));
        return new YamlScalar("", false, true, line, column);
      }
      boolean quoted = node.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
          || node.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
      boolean isNull = node.getTag().equals(Tag.NULL);
      return new YamlScalar(node.getValue(), quoted, isNull, line, column);
    }

    private YamlNode sequence(SequenceNode node, int line, int column) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : node.getValue()) {
        items.add(convert(item));
      }
      return new YamlList(items, line, column);
    }

    private YamlNode mapping(MappingNode node, int line, int column) {
      List<YamlMap.Entry> entries = new ArrayList<>();
      // SnakeYAML's own duplicate check runs only when constructing objects, which Bulletin
      // never does; without this, `draft: true` after `draft: false` would be silently lost.
      Map<String, Integer> seenOnLine = new HashMap<>();
      for (NodeTuple tuple : node.getValue()) {
        Node key = tuple.getKeyNode();
        int keyLine = firstLine + key.getStartMark().getLine();
        int keyColumn = key.getStartMark().getColumn() + 1;
        if (!(key instanceof ScalarNode scalarKey)) {
          fail(keyLine, keyColumn, "keys must be plain words such as `title`");
          continue;
        }
        if (scalarKey.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
            && scalarKey.getValue().matches("-[A-Za-z_][\\w-]*")) {
          // `-outlet: x` is valid YAML, a key named "-outlet", but meant as a list item.
          fail(keyLine, keyColumn, "a list item needs a space after its dash; write `- "
              + scalarKey.getValue().substring(1) + ":` instead of `" + scalarKey.getValue()
              + ":`");
          continue;
        }
        Integer earlier = seenOnLine.putIfAbsent(scalarKey.getValue(), keyLine);
        if (earlier != null) {
          fail(keyLine, keyColumn, "the key `" + scalarKey.getValue() + "` appears twice, on lines "
              + earlier + " and " + keyLine + "; keep one of them");
          continue;
        }
        entries.add(new YamlMap.Entry(scalarKey.getValue(), keyLine, keyColumn,
            convert(tuple.getValueNode())));
      }
      return new YamlMap(entries, line, column);
    }

    /**
     * The index of the first character XML 1.0 cannot carry (controls other than tab and line
     * breaks, U+FFFE, U+FFFF, half a surrogate pair), or -1. Every output format must carry
     * every value, so check refuses what the feed writer would choke on after check passed.
     */
    private static int unwritable(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE
            || c == 0xFFFF || Character.isSurrogate(c)) {
          return i;
        }
      }
      return -1;
    }

    private void fail(int line, int column, String message) {
      if (!failed) {
        diagnostics.error(file, line, column, message + ".");
      }
      failed = true;
    }
  }
}
