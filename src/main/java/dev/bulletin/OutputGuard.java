package dev.bulletin;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses output folders that a build would destroy something in: the content or templates
 * folder, the project folder itself or a filesystem root.
 */
final class OutputGuard {
  private OutputGuard() {}

  static void check(BuildOptions options, Path projectRoot) {
    Path output = real(options.output());
    Path content = real(options.content());
    Path templates = real(options.templates());
    if (output.getParent() == null) {
      throw refuse(options.output(), "it is a filesystem root");
    }
    if (real(projectRoot).startsWith(output)) {
      throw refuse(options.output(), output.equals(real(projectRoot))
          ? "it is the project folder itself" : "it contains the project folder");
    }
    if (content.startsWith(output)) {
      throw refuse(options.output(), "it is or contains the content folder " + options.content());
    }
    if (templates.startsWith(output)) {
      throw refuse(options.output(), "it is or contains the templates folder "
          + options.templates());
    }
    if (output.startsWith(content) || output.startsWith(templates)) {
      throw refuse(options.output(), "it is inside the content or templates folder");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw refuse(options.output(), "it is a file, not a folder");
    }
  }

  private static BulletinException refuse(Path output, String why) {
    return new BulletinException("refusing to use " + output + " as the output folder: " + why
        + "; choose a separate folder such as `site`");
  }

  /** The real path as far as it exists, so links cannot disguise a folder. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (java.io.IOException e) {
      return absolute;
    }
  }
}
