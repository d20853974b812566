package dev.bulletin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a whole content tree from one text block, Hugo style: each file starts with a line
 * {@code -- path/to/file --} followed by its text.
 */
public final class SiteFixture {
  private SiteFixture() {}

  public static Path write(Path root, String spec) {
    String[] lines = spec.split("\n", -1);
    Path current = null;
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        flush(root, current, text);
        current = root.resolve(line.substring(3, line.length() - 3).strip());
        text.setLength(0);
      } else if (current != null) {
        text.append(line).append('\n');
      }
    }
    flush(root, current, text);
    return root;
  }

  /** A minimal valid site.yml and keywords.yml, to which tests add files. */
  public static final String BASICS = """
      -- site.yml --
      title: Test Bulletin
      baseUrl: https://example.org/
      language: en
      description: A bulletin for tests.
      -- keywords.yml --
      - name: NATO
        aliases: [North Atlantic Alliance]
      - name: Nazi/Fascist
      - name: Elections
        description: Claims about votes.
      -- authors.yml --
      - id: desk
        name: The Desk
        bio: Writes responses.
      """;

  private static void flush(Path root, Path file, StringBuilder text) {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
