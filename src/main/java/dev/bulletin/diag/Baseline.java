package dev.bulletin.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warnings a bulletin already knows about, as {@code bulletin check --write-baseline}
 * recorded them: one line per warning with its rule, its path relative to the content folder and
 * its message, and no line or column, so an edit elsewhere in the file keeps it known. Errors
 * are never in a baseline.
 */
public record Baseline(Set<String> known) {
  /** The file name next to content/ that build, check and serve read when it exists. */
  public static final String FILE_NAME = "bulletin-baseline.txt";

  private static final String HEADER = """
      # Warnings Bulletin already knows about: check, build and serve hide them, and --strict
      # fails only on warnings that are not listed here. Rewrite it with
      # `bulletin check --write-baseline` once you have fixed some; errors are never listed.
      # Each line: rule, file in content/, message.
      """;

  public static final Baseline EMPTY = new Baseline(Set.of());

  public Baseline {
    known = Set.copyOf(known);
  }

  /** The baseline in {@code file}; empty when there is no such file. */
  public static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the baseline " + file, e);
    }
  }

  /** The baseline written as {@code text}: every line that is neither blank nor a comment. */
  public static Baseline parse(String text) {
    Set<String> lines = new TreeSet<>();
    text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(lines::add);
    return new Baseline(lines);
  }

  /** The text of a baseline of every warning in {@code diagnostics}, sorted, with a header. */
  public static String format(List<Diagnostic> diagnostics, Path content) {
    Set<String> lines = new TreeSet<>();
    diagnostics.stream().filter(d -> !d.isError() && d.rule().isPresent())
        .forEach(d -> lines.add(line(d, content)));
    StringBuilder out = new StringBuilder(HEADER);
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  /** Whether {@code diagnostic} is a warning this baseline lists. */
  public boolean knows(Diagnostic diagnostic, Path content) {
    return !diagnostic.isError() && diagnostic.rule().isPresent()
        && known.contains(line(diagnostic, content));
  }

  private static String line(Diagnostic d, Path content) {
    return d.rule().orElseThrow().ruleName() + " "
        + Diagnostic.escapeControls(d.relativePath(content)) + ": "
        + Diagnostic.escapeControls(d.message()).strip();
  }
}
