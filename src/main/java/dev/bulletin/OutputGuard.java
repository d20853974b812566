package dev.bulletin;

import dev.bulletin.output.SiteMarker;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Refuses output folders that a build would destroy something in. A build replaces its whole
 * output folder, so these are refused outright: a filesystem root, the home folder, a Git
 * repository or its {@code .git} folder, the project, content or templates folder and anything
 * that contains them. A non-empty folder that Bulletin did not publish (no {@link SiteMarker})
 * is refused unless {@code force} is set.
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
    if (Files.isSymbolicLink(options.output().toAbsolutePath().normalize())) {
      throw refuse(options.output(), "it is a symbolic link, and a build replaces the output"
          + " folder as a whole: the link would be replaced, not the folder it points to. Build"
          + " into a real folder and copy it to the web root (for example with rsync)");
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw refuse(options.output(), "it is a file, not a folder");
    }
    if (output.equals(real(Path.of(System.getProperty("user.home"))))) {
      throw refuse(options.output(), "it is your home folder");
    }
    for (Path part : output) {
      if (part.toString().equals(".git")) {
        throw refuse(options.output(), "it is a Git repository's .git folder or inside one");
      }
    }
    if (Files.exists(output.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(options.output(), "it holds a Git repository");
    }
    if (!options.force() && !SiteMarker.mayReplace(output)) {
      throw new BulletinException("refusing to use " + options.output() + " as the output"
          + " folder: it is not empty and holds no site Bulletin published (no "
          + SiteMarker.NAME + " file), and a build replaces everything in it; choose an empty"
          + " or new folder such as `site`, or pass --force (Maven: -Dbulletin.force=true) to"
          + " replace it");
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
