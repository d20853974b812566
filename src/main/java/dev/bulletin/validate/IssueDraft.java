package dev.bulletin.validate;

import java.nio.file.Path;
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
    int bodyLine) {}
