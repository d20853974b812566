package dev.bulletin.source;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's syntax errors into one plain message at the line the editor must change.
 * SnakeYAML reports where it gave up, often a line after the mistake, in its own terms ("while
 * scanning a simple key … could not find expected ':'"); the common front matter mistakes are
 * recognised from the text around that place instead.
 */
final class YamlErrorExplainer {
  /** A message for {@code line}:{@code column} of the file. */
  record Explained(int line, int column, String message) {}

  static final String ALIASES_REFUSED = "anchors and aliases (`&name` and `*name`) of"
      + " lists or sets of keys are not allowed; write the values out in full";
  /** {@code key:value}: a key followed by a colon and no space (but not {@code https://}). */
  private static final Pattern NO_SPACE_AFTER_COLON =
      Pattern.compile("^(\\s*(?:- )?)([A-Za-z_][\\w-]*):([^\\s/].*)$");
  /** {@code -outlet: x}: a dash glued to what should be a list item. */
  private static final Pattern NO_SPACE_AFTER_DASH =
      Pattern.compile("^(\\s*)-([A-Za-z_][\\w-]*:).*$");
  /** {@code claim: |} or {@code claim: >-}: a key whose text follows on indented lines. */
  private static final Pattern BLOCK_KEY =
      Pattern.compile("^(\\s*)(?:- )?([\\w-]+):\\s+([|>][+-]?[1-9]?[+-]?)\\s*(?:#.*)?$");
  /** A key whose value opens a quote. */
  private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:- )?[\\w-]+:\\s+([\"'])");

  private YamlErrorExplainer() {}

  /** {@code e} raised on {@code text}, whose first line is line {@code firstLine} of its file. */
  static Explained explain(MarkedYAMLException e, String text, int firstLine) {
    List<String> lines = text.lines().toList();
    String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark start = e.getContextMark();
    Mark end = e.getProblemMark() != null ? e.getProblemMark() : start;
    int endLine = end == null ? 0 : end.getLine();
    Explained atEnd = new Explained(firstLine + endLine, end == null ? 1 : end.getColumn() + 1,
        "");
    if (problem.startsWith("Global tag is not allowed")) {
      return at(atEnd, tagRefused(problem.replaceFirst("^.*?: ", "")));
    }
    if (problem.contains("aliases for non-scalar nodes")) {
      return at(atEnd, ALIASES_REFUSED);
    }
    if (problem.startsWith("found duplicate key")) {
      return at(atEnd, "YAML syntax error: " + problem + "; each key may appear only once");
    }
    if (context.contains("quoted scalar") && start != null) {
      if (problem.contains("unknown escape character")) {
        return at(atEnd, "a backslash in double quotes starts an escape such as \\n, and this"
            + " one is not known; write a backslash itself as \\\\, or put the value in single"
            + " quotes");
      }
      return neverClosed(firstLine + start.getLine(), start.getColumn() + 1,
          quoteAt(lines, start));
    }
    // SnakeYAML was reading this line as a key when it failed; other contexts mark the start
    // of a whole mapping, far from the mistake.
    int keyLine = context.startsWith("while scanning a simple key") && start != null
        ? start.getLine() : Math.max(0, endLine - 1);
    // The mistake nearest the failure is the one to fix: a quote opened further up may be a
    // valid text spanning lines.
    Optional<Explained> mistake = Stream.of(unclosedQuote(lines, endLine, firstLine),
            noSpaceAfterDash(lines, endLine, start, firstLine),
            noSpaceAfterColon(lines, Math.min(keyLine, endLine), endLine, firstLine),
            unindentedBlock(lines, keyLine, firstLine))
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Explained::line));
    if (mistake.isPresent()) {
      return mistake.get();
    }
    if (context.startsWith("while scanning a simple key") && start != null) {
      return new Explained(firstLine + start.getLine(), start.getColumn() + 1, "this line is"
          + " not a `key: value` line; start it with a key, like `title: …`, or indent it if it"
          + " continues the value above");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return at(atEnd, "a value contains `: `; put the whole value in double quotes, like"
          + " `title: \"Claim: the West is to blame\"`");
    }
    if (problem.contains("TAB")) {
      return at(atEnd, "a tab is used for indentation; indent front matter with spaces");
    }
    String where = start == null ? ""
        : " at line " + (firstLine + start.getLine()) + ", column " + (start.getColumn() + 1);
    String said = context.isBlank() ? problem : context + where + ", " + problem;
    return at(atEnd, "YAML syntax error: " + said + "; check the quotes, colons and"
        + " indentation here");
  }

  static String tagRefused(String tag) {
    return "YAML tags such as `" + tag.replace("tag:yaml.org,2002:", "!!") + "` are not"
        + " allowed: content is data, never code; write plain values without `!!` or `!`";
  }

  /** A key line up to the error that opens a quote and does not close it on the same line. */
  private static Optional<Explained> unclosedQuote(List<String> lines, int endLine,
      int firstLine) {
    for (int i = 0; i <= endLine && i < lines.size(); i++) {
      Matcher key = QUOTED_VALUE.matcher(lines.get(i));
      if (key.find() && !closes(lines.get(i), key.end(1), key.group(1).charAt(0))) {
        return Optional.of(neverClosed(firstLine + i, key.start(1) + 1,
            "`" + key.group(1) + "`"));
      }
    }
    return Optional.empty();
  }

  /** Whether the quote opened before {@code from} is closed later on {@code line}. */
  private static boolean closes(String line, int from, char quote) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  private static Explained neverClosed(int line, int column, String quote) {
    return new Explained(line, column, "the quoted text that starts here is never closed; add"
        + " the closing " + quote + " at the end of the value, and write a quote inside the"
        + " text as \\\" or ''");
  }

  /**
   * {@code -outlet:} on the line the error is on, the line its block hangs from or the first
   * key of the mapping that failed: YAML reads it as a key named "-outlet" and trips over the
   * list items or keys below.
   */
  private static Optional<Explained> noSpaceAfterDash(List<String> lines, int endLine,
      Mark start, int firstLine) {
    if (endLine >= lines.size()) {
      return Optional.empty();
    }
    int parent = endLine - 1;
    while (parent >= 0 && (lines.get(parent).isBlank()
        || indentOf(lines.get(parent)) >= indentOf(lines.get(endLine)))) {
      parent--;
    }
    int mapping = start == null ? endLine : Math.min(start.getLine(), endLine);
    for (int i : new int[] {endLine, Math.max(parent, 0), mapping}) {
      Matcher dash = NO_SPACE_AFTER_DASH.matcher(lines.get(i));
      if (dash.matches()) {
        return Optional.of(new Explained(firstLine + i, dash.end(1) + 1, "a list item needs"
            + " a space after its dash; write `- " + dash.group(2) + "` instead of `-"
            + dash.group(2) + "`"));
      }
    }
    return Optional.empty();
  }

  /** {@code issue:308} on the line YAML was reading as a key, or the line it failed on. */
  private static Optional<Explained> noSpaceAfterColon(List<String> lines, int from,
      int endLine, int firstLine) {
    for (int i = from; i <= endLine && i < lines.size(); i++) {
      Matcher glued = NO_SPACE_AFTER_COLON.matcher(lines.get(i));
      if (glued.matches()) {
        String key = glued.group(2);
        return Optional.of(new Explained(firstLine + i, glued.start(2) + 1, "`" + key + ":"
            + glued.group(3).strip() + "` needs a space after the colon; write `" + key + ": "
            + glued.group(3).strip() + "`"));
      }
    }
    return Optional.empty();
  }

  /**
   * The text of {@code claim: |} written without indentation: YAML ends the (empty) text at the
   * first unindented line and then reads that line as a key without a colon.
   */
  private static Optional<Explained> unindentedBlock(List<String> lines, int keyLine,
      int firstLine) {
    if (keyLine >= lines.size()) {
      return Optional.empty();
    }
    // Back over the text lines written flush with the key, to the key that should own them.
    int above = keyLine - 1;
    while (above >= 0 && !lines.get(above).isBlank()
        && !BLOCK_KEY.matcher(lines.get(above)).matches()
        && indentOf(lines.get(above)) == indentOf(lines.get(keyLine))
        && !lines.get(above).contains(": ")) {
      above--;
    }
    Matcher block = above < 0 ? null : BLOCK_KEY.matcher(lines.get(above));
    if (block == null || !block.matches()
        || indentOf(lines.get(above + 1)) > block.group(1).length()) {
      return Optional.empty();
    }
    return Optional.of(new Explained(firstLine + above + 1, 1, "the text of `" + block.group(2)
        + ": " + block.group(3) + "` must be indented; put two spaces before each of its"
        + " lines"));
  }

  private static String quoteAt(List<String> lines, Mark mark) {
    if (mark.getLine() < lines.size() && mark.getColumn() < lines.get(mark.getLine()).length()) {
      char c = lines.get(mark.getLine()).charAt(mark.getColumn());
      if (c == '\'' || c == '"') {
        return "`" + c + "`";
      }
    }
    return "quote";
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static Explained at(Explained place, String message) {
    return new Explained(place.line(), place.column(), message);
  }
}
