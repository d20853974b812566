package dev.bulletin.render;

import dev.bulletin.model.MediaFile;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import dev.bulletin.output.PageSink;
import dev.bulletin.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Renders a whole {@link Site}: every page kind plus the static assets, in parallel on a bounded
 * pool, handing each page to the sink as soon as it is made so the site is never held in memory.
 */
public final class SiteRenderer {
  private final Theme theme;
  private final TemplateEngine engine;
  private final ForkJoinPool pool;
  private final PageMemo memo;
  private final FragmentMemo fragments;

  public SiteRenderer(Path templates, ForkJoinPool pool) {
    this(templates, pool, null);
  }

  private SiteRenderer(Path templates, ForkJoinPool pool, PageMemo memo) {
    this.theme = Theme.of(templates);
    this.engine = new TemplateEngine(theme);
    this.pool = pool;
    this.memo = memo;
    this.fragments = new FragmentMemo(memo != null);
  }

  /**
   * A renderer for repeated builds of one site (the preview server): template pages whose
   * inputs did not change since its last build are reused instead of rendered again.
   */
  public static SiteRenderer remembering(Path templates, ForkJoinPool pool) {
    return new SiteRenderer(templates, pool, new PageMemo());
  }

  /** Renders every page of {@code site} into {@code sink}; returns how many files were made. */
  public int render(Site site, PageSink sink) {
    Map<String, String> messages = Messages.load(theme, site.config().language());
    List<Object> siteWide = List.of(site.config(), site.pages(), messages);
    if (memo != null) {
      memo.startBuild(siteWide);
    }
    fragments.startBuild(siteWide);
    PageContext context = new PageContext(site, engine, messages, memo, fragments);
    List<Supplier<Page>> jobs = new ArrayList<>();
    // The few whole-site files (open data, search index, sitemap) take seconds each on a large
    // site: started first, they overlap with the many small pages instead of running alone on
    // one core at the end while the others idle. The search index and the sitemap are a job
    // each that makes all their files, since how many there are is known only once made.
    List<Supplier<List<Page>>> batches = List.of(SearchPages.index(context),
        SitemapPages.sitemaps(context));
    jobs.addAll(OpenDataPages.jobs(context));
    jobs.addAll(SearchPages.jobs(context));
    jobs.addAll(SitemapPages.jobs(context));
    jobs.addAll(FeedPages.jobs(context));
    jobs.addAll(SitePages.jobs(context));
    jobs.addAll(IssuePages.jobs(context));
    jobs.addAll(CasePages.jobs(context));
    jobs.addAll(TermPages.jobs(context));
    jobs.addAll(AuthorPages.jobs(context));
    jobs.addAll(OutletPages.jobs(context));
    jobs.addAll(RatingPages.jobs(context));
    jobs.addAll(RedirectPages.jobs(context));
    jobs.addAll(CorrectionPages.jobs(context));
    jobs.addAll(NewsletterPages.jobs(context, theme));
    jobs.addAll(assetJobs());
    jobs.addAll(mediaJobs(site));
    List<Supplier<List<Page>>> all = new ArrayList<>(batches);
    jobs.forEach(job -> all.add(() -> List.of(job.get())));
    AtomicInteger made = new AtomicInteger();
    pool.submit(() -> all.parallelStream().forEach(job -> job.get().forEach(page -> {
      sink.accept(page);
      made.incrementAndGet();
    }))).join();
    return made.get();
  }

  /**
   * The content's media files, copied as they are; streamed, since a file may weigh megabytes,
   * and known unchanged by its size and time.
   */
  private static List<Supplier<Page>> mediaJobs(Site site) {
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (MediaFile media : site.media()) {
      jobs.add(() -> Page.streamed(media.path(), () -> media,
          out -> Files.copy(media.file(), out)));
    }
    return jobs;
  }

  /** The theme's assets, the project's in front of the built-in ones. */
  private List<Supplier<Page>> assetJobs() {
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (String name : theme.names()) {
      if (name.startsWith("assets/")) {
        jobs.add(() -> new Page(name, theme.read(name)));
      }
    }
    return jobs;
  }
}
