package dev.bulletin.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The repository's own bulletin passes {@code check --strict}: no errors, no warnings. */
class SampleContentTest {
  @Test
  void sampleContentPassesStrictCheck() {
    CommandLineRunner.Output output = CommandLineRunner.run("check", "--strict");
    assertEquals("", output.err());
    assertEquals(0, output.exitCode());
    assertTrue(output.out().startsWith("Checked "), output.out());
    assertTrue(output.out().contains(": no errors\n"), output.out());
  }
}
