package dev.bulletin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.validate.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick check of a few cases (what the pre-commit hook runs for a commit of cases) finds in
 * them exactly what a full check finds in them, though it reads no other case.
 */
class CaseCheckTest {
  @Test
  void checkingSomeCasesFindsWhatAFullCheckFindsInThem(@TempDir Path root) throws IOException {
    Path content = root.resolve("content");
    new CorpusGenerator(3, 10).write(content, 250);
    List<Path> cases;
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      cases = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    // Cases that link to earlier ones (most of the corpus's links), each given a mistake.
    List<Path> linking = cases.stream().filter(f -> read(f).contains(".md)")).limit(4).toList();
    edit(linking.get(0), "keywords: [", "keywords: [Nowhere, ");
    edit(linking.get(1), ".md)", "-gone.md)");
    edit(linking.get(2), "issue: ", "issue: 9");
    edit(linking.get(3), "date: 20", "date: 19");
    Path untouched = cases.get(cases.size() / 2);
    // A new case with the file name of an old one, in a later year's folder.
    Path renamed = content.resolve("cases/2999").resolve(cases.get(0).getFileName());
    Files.createDirectories(renamed.getParent());
    Files.writeString(renamed, read(untouched));
    Set<Path> chosen = Set.of(linking.get(0), linking.get(1), linking.get(2), linking.get(3),
        untouched, renamed);

    BuildOptions options = new BuildOptions(content, root.resolve("templates"),
        root.resolve("site"), Optional.empty(), false, false);
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      List<String> full = bulletin.check(options, false).diagnostics().stream()
          .filter(d -> chosen.contains(d.file())).map(Diagnostic::toString).toList();
      List<String> quick = bulletin.checkCases(options, chosen, ContentLoader::bytes)
          .diagnostics().stream().map(Diagnostic::toString).toList();
      assertEquals(full, quick);
      assertTrue(quick.size() >= 4, quick::toString);
      assertTrue(quick.stream().anyMatch(d -> d.contains("leads nowhere")), quick::toString);
      assertTrue(quick.stream().anyMatch(d -> d.contains("two cases are named")),
          quick::toString);
    }
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
