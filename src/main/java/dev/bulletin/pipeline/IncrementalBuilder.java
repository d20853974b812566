package dev.bulletin.pipeline;

import dev.bulletin.BuildOptions;
import dev.bulletin.assemble.AssemblyMemo;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.output.Page;
import dev.bulletin.render.SiteRenderer;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentKind;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.source.MarkdownFile;
import dev.bulletin.validate.ContentLoader;
import dev.bulletin.validate.ParsedFile;
import dev.bulletin.validate.ValidContent;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds a site after some files changed, for the preview server, with exactly the pages a
 * full build would make and the diagnostics {@code check} would report: it runs the same
 * {@link Pipeline}, with stages that read through what it keeps from the last run: each content
 * file's bytes, draft and diagnostics; rendered Markdown by text (see {@link FragmentCache}); and
 * the last bytes of every page. An update re-reads only the changed files, re-checks and
 * re-assembles the site (cheap once Markdown is cached), renders every page in memory and
 * reports the pages whose bytes changed or disappeared. Not thread-safe: call it from one thread
 * at a time.
 */
public final class IncrementalBuilder {
  /** One content file as last read: its bytes and what they parsed to. */
  private record Known(byte[] bytes, ParsedFile parsed) {}

  private final BuildOptions options;
  private final Path contentRoot;
  private final Path templatesRoot;
  private final ForkJoinPool pool;
  private final ContentLoader loader;
  private final FragmentCache fragments = new FragmentCache(new MarkdownRenderer());
  // Sorted by path, the order combining wants them in: sorting an already sorted list is a
  // single pass, so a rebuild does not sort 20,000 paths again.
  private final Map<Path, Known> files = new java.util.concurrent.ConcurrentSkipListMap<>();
  private ContentFiles walked;
  private List<Diagnostic> walkDiagnostics = List.of();
  private SiteRenderer renderer;
  private Map<String, Page> pages = Map.of();
  private final Pipeline pipeline;

  public IncrementalBuilder(BuildOptions options, ForkJoinPool pool) {
    this.options = options;
    this.contentRoot = options.content().toAbsolutePath().normalize();
    this.templatesRoot = options.templates().toAbsolutePath().normalize();
    this.pool = pool;
    this.loader = new ContentLoader(pool, options.drafts());
    // The same stages as a full build, reading through what this builder keeps.
    this.pipeline = new Pipeline(options, pool, this::content, fragments, () -> {
      if (renderer == null) {
        renderer = SiteRenderer.remembering(options.templates(), pool);
      }
      return renderer;
    }, new AssemblyMemo());
  }

  /** The first, full build: reads every content file. */
  public Changes build() {
    scan();
    return rebuild();
  }

  /**
   * Rebuilds after {@code changed} files (content or templates; added, edited or deleted) and
   * returns the pages that changed. Edits of known Markdown files re-read only those files; any
   * other change to the content folder walks it again, re-reading files whose bytes changed.
   */
  public Changes update(Set<Path> changed) {
    boolean rescan = false;
    for (Path path : changed) {
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(templatesRoot)) {
        renderer = null;
        continue;
      }
      if (!absolute.startsWith(contentRoot)) {
        continue;
      }
      if (absolute.equals(contentRoot)) {
        rescan = true; // the whole folder came back (a branch switch): walk it again
        continue;
      }
      Path file = options.content().resolve(contentRoot.relativize(absolute));
      Known known = files.get(file);
      if (known != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        read(file, known.parsed().kind());
      } else if (isKnownSettingsFile(file)) {
        continue; // site.yml, keywords.yml and authors.yml are read on every rebuild
      } else {
        rescan = true; // added, deleted, moved or linked: walk again
      }
    }
    if (rescan) {
      scan();
    }
    return rebuild();
  }

  /**
   * Every page of the last successful build, by path. Whole-site files that stream (open data)
   * are made when first read.
   */
  public Map<String, Page> pages() {
    return pages;
  }

  /** Walks the content folder; parses files that are new or whose bytes changed. */
  private void scan() {
    Diagnostics diagnostics = new Diagnostics();
    walked = new ContentWalker().walk(options.content(), diagnostics);
    walkDiagnostics = diagnostics.sorted();
    List<MarkdownFile> markdown = walked.markdown();
    Set<Path> present = markdown.stream().map(MarkdownFile::path).collect(Collectors.toSet());
    files.keySet().retainAll(present);
    pool.submit(() -> markdown.parallelStream().forEach(f -> read(f.path(), f.kind()))).join();
  }

  /** Whether {@code file} is a settings file the last walk found and that is still there. */
  private boolean isKnownSettingsFile(Path file) {
    boolean known = Stream.of(walked.siteConfig(), walked.keywords(), walked.authors())
        .flatMap(Optional::stream)
        .anyMatch(file::equals);
    return known && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }

  /** Reads one content file, parsing it again only when its bytes changed. */
  private void read(Path file, ContentKind kind) {
    byte[] bytes = ContentLoader.bytes(file);
    Known known = files.get(file);
    if (known != null && known.parsed().kind() == kind && Arrays.equals(known.bytes(), bytes)) {
      return;
    }
    files.put(file, new Known(bytes, loader.parse(file, kind, bytes)));
  }

  private Changes rebuild() {
    Diagnostics diagnostics = new Diagnostics();
    walkDiagnostics.forEach(diagnostics::add);
    fragments.startRound();
    Map<String, Page> fresh = new ConcurrentHashMap<>();
    Pipeline.Run run = pipeline.render(pipeline.check(diagnostics), diagnostics,
        page -> fresh.put(page.path(), page));
    if (!run.rendered()) {
      return new Changes(List.of(), List.of(), diagnostics.sorted(), false,
          diagnostics.hidden());
    }
    List<String> written = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    // An unchanged page stays the very page of the last build, with whatever it already made.
    fresh.replaceAll((path, page) -> {
      Page before = pages.get(path);
      if (page.sameAs(before)) {
        return before;
      }
      written.add(path);
      return page;
    });
    pages.keySet().stream().filter(path -> !fresh.containsKey(path)).forEach(deleted::add);
    written.sort(null);
    deleted.sort(null);
    pages = fresh;
    return new Changes(written, deleted, diagnostics.sorted(), true,
        diagnostics.hidden());
  }

  /** The content exactly as {@code ContentLoader} loads it, from the files read so far. */
  private Optional<ValidContent> content(Diagnostics diagnostics) {
    return loader.combine(walked, files.values().stream().map(Known::parsed).toList(),
        diagnostics);
  }
}
