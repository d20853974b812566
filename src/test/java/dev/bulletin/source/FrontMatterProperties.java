package dev.bulletin.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.validate.CaseReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever an editor or an attacker writes, reading a case ends in diagnostics with a position
 * in the file, never in an exception.
 */
class FrontMatterProperties {
  private static final Path FILE = Path.of("cases/2026/some-case.md");
  private static final String VALID = """
      ---
      title: "NATO is building a base"
      issue: 1
      date: 2026-01-05
      languages: [Russian]
      countries: [Armenia]
      keywords: [NATO, Elections]
      author: east-desk
      sources:
        - outlet: Example News
          url: https://example.com/article
      claim: |
        NATO is building a secret base.
      ---
      No such base exists.
      """;
  private static final List<String> FRAGMENTS = List.of("---", "\n", ":", ": ", "- ", "[", "]",
      "{", "}", "\"", "'", "&a ", "*a", "!!", "!!javax.script.ScriptEngineManager", "!x ",
      "|", ">", "#", "\t", "  ", "\r\n", "\uFEFF", "%YAML 1.1\n", "? ", ",", "<<: *a", "title",
      "issue", "2026-02-30", "${7*7}", "<#assign x=1>", "\u0000", "\uD800", "é", "ї", "…");

  private static List<Diagnostic> read(String text) {
    Diagnostics diagnostics = new Diagnostics();
    new FrontMatterParser(new YamlParser()).parse(FILE, text, diagnostics)
        .flatMap(document -> new CaseReader().read(document, diagnostics));
    List<Diagnostic> found = diagnostics.sorted();
    int lines = text.split("\n", -1).length + 1;
    for (Diagnostic d : found) {
      assertTrue(d.file().equals(FILE), d.toString());
      assertTrue(d.line() >= 1 && d.line() <= lines, d + " outside a " + lines + "-line file");
      assertTrue(d.column() >= 1, d.toString());
      assertTrue(!d.message().isBlank(), d.toString());
    }
    return found;
  }

  @Property(tries = 300)
  void arbitraryTextEndsInDiagnostics(@ForAll String text) {
    read(text);
    read("---\n" + text + "\n---\n");
  }

  @Property(tries = 500)
  void mutatedFrontMatterEndsInDiagnostics(@ForAll("mutations") String text) {
    read(text);
  }

  @Property(tries = 200)
  void arbitraryBytesDecodeOrAreReported(@ForAll byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> text = TextDecoder.decode(FILE, bytes, diagnostics);
    assertTrue(text.isPresent() != diagnostics.hasErrors());
    text.ifPresent(FrontMatterProperties::read);
  }

  @Property(tries = 200)
  void validFrontMatterSurvivesEveryLineEnding(@ForAll boolean bom, @ForAll boolean crlf,
      @ForAll @IntRange(max = 3) int trailingSpaces) {
    String text = VALID.replace("\n", " ".repeat(trailingSpaces) + (crlf ? "\r\n" : "\n"));
    byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    Diagnostics diagnostics = new Diagnostics();
    String decoded = TextDecoder.decode(FILE, bytes, diagnostics).orElseThrow();
    assertTrue(read(decoded).isEmpty(), () -> read(decoded).toString());
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS);
    Arbitrary<Mutation> one = net.jqwik.api.Combinators.combine(positions, positions,
        fragments, Arbitraries.integers().between(0, 2)).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(6).map(list -> {
      String text = VALID;
      for (Mutation m : list) {
        text = m.apply(text);
      }
      return text;
    });
  }

  /** Insert a fragment, delete a span, or replace a span with a fragment. */
  record Mutation(int at, int to, String fragment, int kind) {
    String apply(String text) {
      int a = Math.min(at, text.length());
      int b = Math.min(Math.max(a, to), Math.min(text.length(), a + 40));
      return switch (kind) {
        case 0 -> text.substring(0, a) + fragment + text.substring(a);
        case 1 -> text.substring(0, a) + text.substring(b);
        default -> text.substring(0, a) + fragment + text.substring(b);
      };
    }
  }
}
