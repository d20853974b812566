package dev.bulletin.validate;

import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.List;

/** A free page whose front matter has been read. */
public record PageDraft(Path file, String slug, String title, String body, int bodyLine,
    List<YamlScalar> aliases) {
  public PageDraft {
    aliases = List.copyOf(aliases);
  }
}
