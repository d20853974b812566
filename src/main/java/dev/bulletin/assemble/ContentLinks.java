package dev.bulletin.assemble;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.markdown.ImageTarget;
import dev.bulletin.markdown.LinkRewriter;
import dev.bulletin.model.Image;
import dev.bulletin.model.PixelSize;
import dev.bulletin.source.YamlScalar;
import dev.bulletin.validate.ImageDraft;
import dev.bulletin.validate.ImageFieldReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Rewrites links between content files, such as {@code ../2022/other-case.md}, to the URL of the
 * page built from the target, and reports links whose target does not exist.
 */
final class ContentLinks {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private final Map<Path, String> urlsByFile;
  private final SitePaths sitePaths;
  private final String basePath;
  private final Path mediaFolder;
  private final Map<String, PixelSize> imageSizes;
  private final Diagnostics diagnostics;
  private final Set<Path> broken = ConcurrentHashMap.newKeySet();

  /**
   * {@code urlsByFile} maps normalized absolute content paths to site URLs; root-relative links
   * are checked against {@code sitePaths} and published under {@code basePath}; images at an
   * address of {@code imageSizes} get that size.
   */
  ContentLinks(Map<Path, String> urlsByFile, SitePaths sitePaths, String basePath,
      Path mediaFolder, Map<String, PixelSize> imageSizes, Diagnostics diagnostics) {
    this.urlsByFile = Map.copyOf(urlsByFile);
    this.sitePaths = sitePaths;
    this.basePath = basePath;
    this.mediaFolder = mediaFolder.toAbsolutePath().normalize();
    this.imageSizes = Map.copyOf(imageSizes);
    this.diagnostics = diagnostics;
  }

  /** A rewriter for one Markdown text of {@code file} that starts on line {@code firstLine}. */
  LinkRewriter forText(Path file, int firstLine) {
    return new LinkRewriter() {
      @Override
      public String rewrite(String destination, int line, int column) {
        return ContentLinks.this.rewrite(file, firstLine + line - 1, column, destination);
      }

      @Override
      public ImageTarget rewriteImage(String destination, int line, int column) {
        String url = rewrite(destination, line, column);
        int cut = firstIndexOf(url, '#', '?');
        return new ImageTarget(url,
            Optional.ofNullable(imageSizes.get(cut < 0 ? url : url.substring(0, cut))));
      }
    };
  }

  private String rewrite(Path file, int line, int column, String destination) {
    if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("//")
        || SCHEME.matcher(destination).find()) {
      return destination;
    }
    int cut = firstIndexOf(destination, '#', '?');
    String path = cut < 0 ? destination : destination.substring(0, cut);
    String suffix = cut < 0 ? "" : destination.substring(cut);
    if (path.startsWith("/")) {
      return sitePath(file, line, column, path, suffix);
    }
    Path target = file.toAbsolutePath().getParent().resolve(path).normalize();
    if (target.startsWith(mediaFolder)) {
      String url = urlsByFile.get(target);
      return url != null ? url + suffix : leadsNowhere(file, line, column, path, "there is no"
          + " file " + mediaFolder.getParent().relativize(target).toString().replace('\\', '/')
          + " in the content folder; check the file name and the folders, written relative to"
          + " this file") + suffix;
    }
    if (!path.endsWith(".md")) {
      return destination;
    }
    String url = urlsByFile.get(target);
    return url != null ? url + suffix : leadsNowhere(file, line, column, path, "there is no"
        + " published case, issue or page at that path; check the file name and the folders,"
        + " written relative to this file") + suffix;
  }

  /**
   * A root-relative link such as {@code /cases/x/}: it must name a page of this site, and is
   * published under the base path, so it still works when the site lives in a sub-folder. A
   * link that already starts with the base path is taken as written for the site's address.
   */
  private String sitePath(Path file, int line, int column, String path, String suffix) {
    String relative = path.startsWith(basePath) ? path.substring(basePath.length())
        : path.substring(1);
    String published = sitePaths.resolve(relative);
    return published != null ? basePath + published + suffix : leadsNowhere(file, line, column,
        path, "the site has no page at that address; check it, or link the Markdown file"
            + " instead, like `../2026/some-case.md`") + suffix;
  }

  /**
   * The picture named by an {@code image:} key of {@code file}: a PNG, JPEG, GIF or WebP file of
   * media/, written relative to {@code file} or to the site (like {@code /media/x.png}), which
   * share cards can show; anything else is reported.
   */
  Optional<Image> image(Path file, ImageDraft draft) {
    YamlScalar src = draft.src();
    String written = src.value().strip();
    String path = null;
    if (written.startsWith("/") && !written.startsWith("//")) {
      path = written.startsWith(basePath) ? written.substring(basePath.length())
          : written.substring(1);
    } else if (!SCHEME.matcher(written).find() && !written.startsWith("//")) {
      Path target = file.toAbsolutePath().getParent().resolve(written).normalize();
      path = mediaFolder.getFileName() + "/" + mediaFolder.relativize(target).toString()
          .replace('\\', '/');
    }
    PixelSize size = path == null ? null : imageSizes.get(basePath + path);
    boolean vector = written.toLowerCase(Locale.ROOT).endsWith(".svg");
    if (size != null && !vector) {
      return Optional.of(new Image(path, draft.alt(), size));
    }
    broken.add(file);
    boolean missing = path != null && path.startsWith(mediaFolder.getFileName() + "/")
        && !urlsByFile.containsValue(basePath + path);
    diagnostics.error(file, src.line(), src.column(), missing
        ? ImageFieldReader.noSuchFile(path) : ImageFieldReader.notShareable(vector));
    return Optional.empty();
  }

  /** Reports the link to {@code path} as broken, saying {@code why}; it is kept as written. */
  private String leadsNowhere(Path file, int line, int column, String path, String why) {
    broken.add(file);
    diagnostics.error(file, line, column, "the link to `" + path + "` leads nowhere: " + why);
    return path;
  }

  /** Whether a link of {@code file} was reported as leading nowhere. */
  boolean reportedBroken(Path file) {
    return broken.contains(file);
  }

  /** What the links resolve against, for telling whether two builds link alike. */
  List<Object> resolvesAgainst() {
    return List.of(urlsByFile, sitePaths.all(), basePath, mediaFolder, imageSizes);
  }

  private static int firstIndexOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
