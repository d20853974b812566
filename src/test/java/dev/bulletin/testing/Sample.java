package dev.bulletin.testing;

import java.nio.file.Path;

/**
 * The sample bulletin the tests build: a frozen copy of the repository's {@code content/} under
 * test resources, so that an editor adding a case to the live content (which the publishing
 * workflow builds) never breaks a test that counts cases or pages.
 */
public final class Sample {
  /** The frozen sample content. */
  public static final Path CONTENT = Path.of("src/test/resources/sample/content");

  private Sample() {}
}
