package dev.bulletin.assemble;

import dev.bulletin.model.TermKind;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folders and files a build of this content will publish, known before any page is
 * rendered, so that a root-relative link in Markdown such as {@code /cases/x/} can be checked.
 * Paths are site-relative, without the base path: {@code cases/x/}, {@code feed.xml}.
 */
final class SitePaths {
  /** Whole-site pages and files, whatever the content. */
  private static final Set<String> FIXED = Set.of("", "index.html", "issues/", "keywords/",
      "countries/", "languages/", "search/", "search/manifest.json", "feed.xml", "sitemap.xml",
      "robots.txt", "404.html", "data/cases.json", "data/cases.csv", "authors/", "outlets/");
  // A list page's further pages, and the files of a page (its index, feed and an issue's
  // newsletter), sit under its folder.
  private static final Pattern PAGINATION = Pattern.compile("page/[1-9][0-9]*/$");
  private static final Pattern FILE_IN_FOLDER =
      Pattern.compile("/(index\\.html|feed\\.xml|email\\.html|email\\.txt)$");

  private final Set<String> folders = new HashSet<>(FIXED);

  /** Adds the folder of a page, e.g. {@code cases/x/}. */
  SitePaths add(String folder) {
    folders.add(folder);
    return this;
  }

  /** Adds a file published as it is, e.g. {@code media/chart.png}. */
  SitePaths addFile(String path) {
    folders.add(path);
    return this;
  }

  /** Adds the page of a term, e.g. {@code keywords/nato/}. */
  SitePaths add(TermKind kind, String slug) {
    return add(kind.section() + "/" + slug + "/");
  }

  /**
   * The published path {@code path} (site-relative, no query or fragment) names, with a
   * missing final slash of a folder added; null when the site has nothing there. Theme assets
   * are not known here and are taken as they are.
   */
  String resolve(String path) {
    if (path.startsWith("assets/") || folders.contains(path)) {
      return path;
    }
    if (!path.endsWith("/") && folders.contains(path + "/")) {
      return path + "/";
    }
    String folder = FILE_IN_FOLDER.matcher(path).replaceFirst("/");
    folder = PAGINATION.matcher(folder).replaceFirst("");
    return folder.equals(path) || !folders.contains(folder) ? null : path;
  }

  /** The paths, for telling whether two builds link alike. */
  Set<String> all() {
    return Set.copyOf(folders);
  }
}
