package dev.bulletin;

import dev.bulletin.diag.Baseline;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.model.Site;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.DirectoryPublisher;
import dev.bulletin.output.OutputLock;
import dev.bulletin.output.PageSink;
import dev.bulletin.pipeline.IncrementalBuilder;
import dev.bulletin.pipeline.Pipeline;
import dev.bulletin.render.Messages;
import dev.bulletin.render.SiteRenderer;
import dev.bulletin.theme.Theme;
import dev.bulletin.validate.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facade the command line and the Maven plugin call: {@link #check} loads and validates,
 * {@link #build} also renders and publishes atomically. One instance holds the configured
 * libraries and the worker pool; close it when done.
 */
public final class Bulletin implements AutoCloseable {
  private final Path projectRoot;
  private final ForkJoinPool pool;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Clock clock;

  public Bulletin(Path projectRoot) {
    this(projectRoot, Runtime.getRuntime().availableProcessors());
  }

  public Bulletin(Path projectRoot, int threads) {
    this(projectRoot, threads, Clock.systemUTC());
  }

  /**
   * A facade whose checks read the time from {@code clock} (an update may not be dated in the
   * future); tests pass a fixed one. The clock never reaches the output.
   */
  public Bulletin(Path projectRoot, int threads, Clock clock) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.pool = new ForkJoinPool(Math.max(1, threads));
    this.clock = clock;
  }

  /**
   * Loads and validates the content and, when it passes, renders every page in memory and drops
   * it: a template that fails on this content fails the check of a pull request, not the deploy
   * after it. Writes nothing.
   */
  public Report check(BuildOptions options) {
    return check(options, true);
  }

  /**
   * {@link #check(BuildOptions)}, rendering only when {@code renderPages}: a run that builds
   * right after may leave the rendering to the build, which renders before it publishes.
   */
  public Report check(BuildOptions options, boolean renderPages) {
    return check(options, renderPages, ContentLoader::bytes);
  }

  /**
   * {@link #check(BuildOptions, boolean)} of content whose files are read through
   * {@code reader}, such as the versions staged for commit.
   */
  public Report check(BuildOptions options, boolean renderPages,
      Function<Path, byte[]> reader) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = pipeline(options, reader);
    Pipeline.Run checked = pipeline.check(diagnostics);
    Pipeline.Run run = renderPages ? pipeline.render(checked, diagnostics, page -> { }) : checked;
    return report(options, diagnostics, run, 0, start, false);
  }

  /**
   * Checks the case files {@code cases} against the rest of the content (issues, keywords,
   * authors, pages, and the other cases by file name, for links) and reports only their
   * problems, reading them through {@code reader}; renders nothing. Fast for a few cases of a
   * large archive, as the other cases are not read; what needs every case's contents (an unused
   * keyword, an alias taking another case's address) is left to a full check.
   */
  public Report checkCases(BuildOptions options, Set<Path> cases,
      Function<Path, byte[]> reader) {
    long start = System.nanoTime();
    requireFolder(options.content(), "content");
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(options, pool,
        found -> new ContentLoader(pool, options.drafts(), clock, reader)
            .loadCases(options.content(), cases, found),
        markdown::render, () -> new SiteRenderer(options.templates(), pool));
    Pipeline.Run run = pipeline.check(diagnostics);
    Set<Path> chosen = cases.stream().map(Bulletin::absolute).collect(Collectors.toSet());
    Diagnostics theirs = new Diagnostics();
    diagnostics.sorted().stream().filter(d -> chosen.contains(absolute(d.file())))
        .forEach(theirs::add);
    return report(options, theirs, run, 0, start, false);
  }

  private static Path absolute(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /**
   * Checks without hiding known warnings and writes every warning to the baseline file
   * ({@link BuildOptions#baselineFile}), so later runs hide them; returns the check's report
   * (whose errors are not written: errors are never baselined).
   */
  public Report writeBaseline(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline.Run run = pipeline(options).withKnownWarnings().check(diagnostics);
    Path file = options.baselineFile();
    try {
      Files.writeString(file, Baseline.format(diagnostics.sorted(), options.content()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the baseline " + file, e);
    }
    return report(options, diagnostics, run, 0, start, false);
  }

  /** Checks, and only when the content passes renders and publishes the whole site. */
  public Report build(BuildOptions options) {
    OutputGuard.check(options, projectRoot);
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = pipeline(options);
    Pipeline.Run checked = pipeline.check(diagnostics);
    if (!pipeline.passed(checked, diagnostics)) {
      return report(options, diagnostics, checked, 0, start, false);
    }
    // Opened only once the content passed: a failing check never touches the output folder.
    try (DirectoryPublisher publisher = open(options)) {
      Pipeline.Run run = pipeline.render(checked, diagnostics, publisher);
      if (!run.rendered()) {
        return report(options, diagnostics, run, 0, start, false);
      }
      publisher.commit();
      List<String> notes = new ArrayList<>(publisher.leftover().stream().toList());
      untranslated(options, run).ifPresent(notes::add);
      return report(options, diagnostics, run, publisher.changedFiles(), start, true, notes);
    }
  }

  /** Loads, validates and renders into {@code sink} (used by tests and tools). */
  public Report renderTo(BuildOptions options, PageSink sink) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = pipeline(options);
    Pipeline.Run run = pipeline.render(pipeline.check(diagnostics), diagnostics, sink);
    return report(options, diagnostics, run, run.pages(), start, run.rendered());
  }

  /**
   * A builder that keeps what it loaded and rebuilds after file changes, for the preview
   * server; it shares this instance's worker pool.
   */
  public IncrementalBuilder incremental(BuildOptions options) {
    requireFolder(options.content(), "content");
    return new IncrementalBuilder(options, pool);
  }

  /**
   * The theme a build uses: the built-in one behind the templates folder, which need not exist.
   */
  public Theme theme(BuildOptions options) {
    return Theme.of(options.templates());
  }

  /** Loads content into the immutable site model; empty when site.yml itself is unusable. */
  public Optional<Site> load(BuildOptions options, Diagnostics diagnostics) {
    return pipeline(options).check(diagnostics).site();
  }

  /** A full run: every file read, every Markdown text rendered, a fresh template engine. */
  private Pipeline pipeline(BuildOptions options) {
    return pipeline(options, ContentLoader::bytes);
  }

  private Pipeline pipeline(BuildOptions options, Function<Path, byte[]> reader) {
    requireFolder(options.content(), "content");
    return new Pipeline(options, pool,
        diagnostics -> new ContentLoader(pool, options.drafts(), clock, reader)
            .load(options.content(), diagnostics),
        markdown::render, () -> new SiteRenderer(options.templates(), pool));
  }

  /** Says which UI strings English stands in for, when the site's language lacks some. */
  private Optional<String> untranslated(BuildOptions options, Pipeline.Run run) {
    String language = run.site().orElseThrow().config().language();
    List<String> missing = Messages.untranslated(theme(options), language);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("the theme has no `" + language + "` text for " + missing.size()
        + (missing.size() == 1 ? " UI string" : " UI strings") + ", shown in English: "
        + String.join(", ", missing.subList(0, Math.min(8, missing.size())))
        + (missing.size() > 8 ? ", …" : "") + "; add them to templates/i18n/"
        + java.util.Locale.forLanguageTag(language).getLanguage() + ".properties");
  }

  private static DirectoryPublisher open(BuildOptions options) {
    try {
      return DirectoryPublisher.open(options.output());
    } catch (OutputLock.Busy busy) {
      throw new BulletinException(busy.getMessage());
    }
  }

  private static void requireFolder(Path folder, String role) {
    if (!Files.isDirectory(folder)) {
      throw new BulletinException("the " + role + " folder " + folder + " does not exist;"
          + " run Bulletin in your bulletin's folder or pass --" + role + " DIR");
    }
  }

  private static Report report(BuildOptions options, Diagnostics diagnostics, Pipeline.Run run,
      int changed, long start, boolean published) {
    return report(options, diagnostics, run, changed, start, published, List.of());
  }

  private static Report report(BuildOptions options, Diagnostics diagnostics, Pipeline.Run run,
      int changed, long start, boolean published, List<String> notes) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Optional<Site> site = run.site();
    int pages = run.pages();
    int cases = site.map(s -> s.cases().size()).orElse(0);
    int issues = site.map(s -> s.issues().size()).orElse(0);
    int keywords = site.map(s -> s.terms(TermKind.KEYWORD).size()).orElse(0);
    return new Report(diagnostics.sorted(), cases, issues, keywords, pages, changed, elapsed,
        published, options.strict(), notes, diagnostics.hidden(),
        shownName(options.baselineFile()));
  }

  /** The baseline's path as printed: relative to the working folder when inside it. */
  private static String shownName(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString()
        .replace('\\', '/');
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
