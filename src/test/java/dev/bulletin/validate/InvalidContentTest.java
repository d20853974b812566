package dev.bulletin.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code bulletin check} over each folder of the bad-input corpus and compares what it
 * prints on standard error, line for line, with the folder's {@code expected.txt}; the exit code
 * must be 1 when an error (or, with {@code --strict}, a warning) is expected and 0 otherwise.
 * Run with {@code -Dbulletin.regenerate=true} to rewrite the expected files after a deliberate
 * change of wording, then review the diff.
 */
class InvalidContentTest {
  private static final boolean REGENERATE = Boolean.getBoolean("bulletin.regenerate");

  static Stream<String> fixtures() {
    return ContentFixtures.invalidFixtures().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void checkPrintsExactlyTheExpectedDiagnostics(String fixture, @TempDir Path temp)
      throws IOException {
    Path folder = ContentFixtures.INVALID.resolve(fixture);
    Path content = ContentFixtures.invalidContent(fixture, temp);
    List<String> args = new ArrayList<>(List.of("check", "--content", content.toString()));
    Path argsFile = folder.resolve("args.txt");
    if (Files.exists(argsFile)) {
      args.addAll(List.of(Files.readString(argsFile).strip().split("\\s+")));
    }

    CommandLineRunner.Output output = CommandLineRunner.run(args.toArray(String[]::new));
    String printed = output.err().replace(temp.toAbsolutePath() + "/", "");

    Path expectedFile = folder.resolve("expected.txt");
    if (REGENERATE) {
      Files.writeString(expectedFile, printed);
    }
    String expected = Files.readString(expectedFile);
    assertEquals(expected, printed, "stderr of check for " + fixture);
    boolean fails = expected.contains(": error: ") || expected.contains("(--strict");
    assertEquals(fails ? 1 : 0, output.exitCode(), "exit code for " + fixture);
  }
}
