package dev.bulletin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview hides the baseline's warnings too, and shows the one error a save adds. */
class PreviewBaselineTest {
  @Test
  void thePreviewShowsOnlyWhatIsNew(@TempDir Path root) throws IOException {
    Path content = root.resolve("content");
    new CorpusGenerator(5, 10).write(content, 200);
    BuildOptions options = new BuildOptions(content, Path.of("templates").toAbsolutePath(),
        root.resolve("site"), Optional.empty(), false, false);
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      bulletin.writeBaseline(options);
    }
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      IncrementalBuilder builder = new IncrementalBuilder(options, pool);
      Changes first = builder.build();
      assertEquals(0, first.diagnostics().size(), first.diagnostics()::toString);
      assertEquals(true, first.hiddenWarnings() >= 20);

      Path edited;
      try (var files = Files.walk(content.resolve("cases"))) {
        edited = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
            .orElseThrow();
      }
      Files.writeString(edited, Files.readString(edited).replaceFirst("keywords: \\[",
          "keywords: [Nowhere, "));
      Changes second = builder.update(Set.of(edited));
      assertEquals(1, second.diagnostics().size(), second.diagnostics()::toString);
      assertEquals(true, second.diagnostics().stream().allMatch(Diagnostic::isError));
      assertEquals(first.hiddenWarnings(), second.hiddenWarnings());
    } finally {
      pool.shutdown();
    }
  }
}
