package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.model.MediaFile;
import dev.bulletin.source.ImageFacts;
import dev.bulletin.source.ImageInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the files of {@code media/}: their names become part of their address, so they must be
 * plain; and a file readers download on a phone should not weigh megabytes.
 */
final class MediaChecker {
  /** Above this a file is a warning: a phone on a slow network waits seconds for it. */
  static final long LARGE = 2L * 1024 * 1024;
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private MediaChecker() {}

  /** The media files that can be published; the others are reported. */
  static List<MediaFile> check(Path root, List<Path> files, Diagnostics diagnostics) {
    List<MediaFile> media = new ArrayList<>(files.size());
    for (Path file : files) {
      Path relative = root.relativize(file);
      boolean plain = true;
      for (Path part : relative) {
        plain &= PLAIN.matcher(part.toString()).matches();
      }
      if (!plain) {
        diagnostics.error(file, 1, 1, "rename this file: names in media/ become part of the"
            + " file's address, so they may use only lower-case letters a-z, digits, dots,"
            + " hyphens and underscores, like `" + suggestion(relative.getFileName().toString())
            + "`");
        continue;
      }
      try {
        long size = Files.size(file);
        if (size > LARGE) {
          diagnostics.warning(Rule.LARGE_MEDIA, file, 1, 1, String.format(Locale.ROOT,
              "this file is %.1f MB; readers on phones download all of it, so make it smaller"
                  + " than 2 MB (for an image, about 1600 pixels wide is plenty)",
              size / (1024.0 * 1024.0)));
        }
        ImageFacts image = ImageInspector.read(file);
        if (image.danger().isPresent()) {
          ImageFacts.Danger danger = image.danger().get();
          diagnostics.error(file, danger.line(), danger.column(), "this image cannot be"
              + " published: " + danger.what());
          continue;
        }
        media.add(new MediaFile(relative.toString().replace('\\', '/'), file, size,
            Files.getLastModifiedTime(file).toMillis(), image.size()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return media;
  }

  /** The name made plain: lower case, other characters as hyphens. */
  private static String suggestion(String name) {
    String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[^a-z0-9]+", "");
    return plain.isEmpty() ? "chart.png" : plain;
  }
}
