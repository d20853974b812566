package dev.bulletin.validate;

import dev.bulletin.source.YamlScalar;
import java.util.Objects;

/**
 * An {@code image:} as written: {@code src} (with its position, for reporting a file that does
 * not exist) and the text that stands for it where it cannot be seen.
 */
public record ImageDraft(YamlScalar src, String alt) {
  public ImageDraft {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }
}
