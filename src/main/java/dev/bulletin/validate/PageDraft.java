package dev.bulletin.validate;

import java.nio.file.Path;

/** A free page whose front matter has been read. */
public record PageDraft(Path file, String slug, String title, String body, int bodyLine) {}
