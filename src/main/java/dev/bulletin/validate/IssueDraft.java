package dev.bulletin.validate;

import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;

/** An issue file whose front matter has been read and type-checked. */
public record IssueDraft(
    Path file,
    int number,
    int numberLine,
    int numberColumn,
    LocalDate date,
    String title,
    String summary,
    String body,
    int bodyLine,
    List<YamlScalar> aliases) {
  public IssueDraft {
    aliases = List.copyOf(aliases);
  }
}
