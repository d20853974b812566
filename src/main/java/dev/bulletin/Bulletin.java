package dev.bulletin;

import dev.bulletin.assemble.SiteAssembler;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.incremental.IncrementalBuilder;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.model.Site;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.DirectoryPublisher;
import dev.bulletin.render.PageSink;
import dev.bulletin.render.SiteRenderer;
import dev.bulletin.render.TemplateFailure;
import dev.bulletin.validate.ContentLoader;
import dev.bulletin.validate.ValidContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The facade the command line and the Maven plugin call: {@link #check} loads and validates,
 * {@link #build} also renders and publishes atomically. One instance holds the configured
 * libraries and the worker pool; close it when done.
 */
public final class Bulletin implements AutoCloseable {
  private final Path projectRoot;
  private final ForkJoinPool pool;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  public Bulletin(Path projectRoot) {
    this(projectRoot, Runtime.getRuntime().availableProcessors());
  }

  public Bulletin(Path projectRoot, int threads) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.pool = new ForkJoinPool(Math.max(1, threads));
  }

  /** Loads and validates the content without writing anything. */
  public Report check(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Optional<Site> site = load(options, diagnostics);
    return report(options, diagnostics, site, 0, 0, start, false);
  }

  /** Checks, and only when the content passes renders and publishes the whole site. */
  public Report build(BuildOptions options) {
    OutputGuard.check(options, projectRoot);
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Optional<Site> site = load(options, diagnostics);
    if (site.isEmpty() || diagnostics.fail(options.strict())) {
      return report(options, diagnostics, site, 0, 0, start, false);
    }
    try (DirectoryPublisher publisher = DirectoryPublisher.open(options.output())) {
      int pages = render(site.get(), options, publisher, diagnostics);
      if (diagnostics.hasErrors()) {
        return report(options, diagnostics, site, 0, 0, start, false);
      }
      publisher.commit();
      return report(options, diagnostics, site, pages, publisher.changedFiles(), start, true);
    }
  }

  /** Loads, validates and renders into {@code sink} (used by the preview server and tests). */
  public Report renderTo(BuildOptions options, PageSink sink) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Optional<Site> site = load(options, diagnostics);
    if (site.isEmpty() || diagnostics.fail(options.strict())) {
      return report(options, diagnostics, site, 0, 0, start, false);
    }
    int pages = render(site.get(), options, sink, diagnostics);
    return report(options, diagnostics, site, pages, pages, start, !diagnostics.hasErrors());
  }

  /**
   * A builder that keeps what it loaded and rebuilds after file changes, for the preview
   * server; it shares this instance's worker pool.
   */
  public IncrementalBuilder incremental(BuildOptions options) {
    requireFolder(options.content(), "content");
    requireFolder(options.templates(), "templates");
    return new IncrementalBuilder(options, pool);
  }

  /** Loads content into the immutable site model; empty when site.yml itself is unusable. */
  public Optional<Site> load(BuildOptions options, Diagnostics diagnostics) {
    requireFolder(options.content(), "content");
    Optional<ValidContent> content = new ContentLoader(pool).load(options.content(),
        diagnostics);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SiteAssembler(markdown, pool).assemble(content.get(),
        options.siteConfig(content.get().config()), options.drafts(), diagnostics));
  }

  private int render(Site site, BuildOptions options, PageSink sink, Diagnostics diagnostics) {
    requireFolder(options.templates(), "templates");
    try {
      return new SiteRenderer(options.templates(), pool).render(site, sink);
    } catch (TemplateFailure failure) {
      failure.report(options.templates(), diagnostics);
      return 0;
    }
  }

  private static void requireFolder(Path folder, String role) {
    if (!Files.isDirectory(folder)) {
      throw new BulletinException("the " + role + " folder " + folder + " does not exist;"
          + " run Bulletin in your bulletin's folder or pass --" + role + " DIR");
    }
  }

  private static Report report(BuildOptions options, Diagnostics diagnostics,
      Optional<Site> site, int pages, int changed, long start, boolean published) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    int cases = site.map(s -> s.cases().size()).orElse(0);
    int issues = site.map(s -> s.issues().size()).orElse(0);
    int keywords = site.map(s -> s.terms(TermKind.KEYWORD).size()).orElse(0);
    return new Report(diagnostics.sorted(), cases, issues, keywords, pages, changed, elapsed,
        published, options.strict());
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
