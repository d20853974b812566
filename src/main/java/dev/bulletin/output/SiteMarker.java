package dev.bulletin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The file every published site carries so that a later build knows the folder is Bulletin's to
 * replace. A build replaces its whole output folder; without this, a mistyped {@code --output}
 * (a home folder, a repository) would be wiped.
 */
public final class SiteMarker {
  /** The marker's file name, in the root of every published site. */
  public static final String NAME = ".bulletin-site";

  static final String TEXT = "This folder is a site published by Bulletin. Each build replaces"
      + " everything in it;\nkeep nothing here that the build does not write.\n";

  private SiteMarker() {}

  /**
   * Whether a build may replace {@code folder}: it does not exist, is empty, carries the marker,
   * or has the files every site of Bulletin 0.1 published (which had no marker yet).
   */
  public static boolean mayReplace(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return !Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isEmpty()) {
        return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output folder " + folder, e);
    }
    return Files.isRegularFile(folder.resolve(NAME))
        || Stream.of("index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
            "data/cases.json", "search/index.json", "assets")
            .allMatch(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS));
  }
}
