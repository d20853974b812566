package dev.bulletin.pipeline;

import dev.bulletin.BuildOptions;
import dev.bulletin.assemble.AssemblyMemo;
import dev.bulletin.assemble.FragmentRenderer;
import dev.bulletin.assemble.SiteAssembler;
import dev.bulletin.diag.Baseline;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Site;
import dev.bulletin.output.PageSink;
import dev.bulletin.render.SiteRenderer;
import dev.bulletin.render.TemplateFailure;
import dev.bulletin.validate.ValidContent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stages every run goes through, in one order and with one rule for when to stop: content is
 * loaded and checked, then always assembled (assembling resolves links and reports the broken
 * ones), and rendered only when nothing failed and someone wants the pages. {@code check},
 * {@code build} and the preview are runs of it; the preview's stages read through caches.
 */
public final class Pipeline {
  /** What a run made: the site, when the content could be assembled, and the pages rendered. */
  public record Run(Optional<Site> site, int pages, boolean rendered) {}

  private final BuildOptions options;
  private final ForkJoinPool pool;
  private final Function<Diagnostics, Optional<ValidContent>> content;
  private final FragmentRenderer markdown;
  private final Supplier<SiteRenderer> renderer;
  private final AssemblyMemo memo;
  private final boolean hideKnown;

  /**
   * A pipeline whose content comes from {@code content} (reading the folder, or combining
   * cached files), whose Markdown goes through {@code markdown} and whose pages through the
   * renderer {@code renderer} gives.
   */
  public Pipeline(BuildOptions options, ForkJoinPool pool,
      Function<Diagnostics, Optional<ValidContent>> content, FragmentRenderer markdown,
      Supplier<SiteRenderer> renderer) {
    this(options, pool, content, markdown, renderer, AssemblyMemo.NONE);
  }

  /** A pipeline whose assembler reuses what {@code memo} kept from its last run. */
  public Pipeline(BuildOptions options, ForkJoinPool pool,
      Function<Diagnostics, Optional<ValidContent>> content, FragmentRenderer markdown,
      Supplier<SiteRenderer> renderer, AssemblyMemo memo) {
    this(options, pool, content, markdown, renderer, memo, true);
  }

  private Pipeline(BuildOptions options, ForkJoinPool pool,
      Function<Diagnostics, Optional<ValidContent>> content, FragmentRenderer markdown,
      Supplier<SiteRenderer> renderer, AssemblyMemo memo, boolean hideKnown) {
    this.hideKnown = hideKnown;
    this.options = options;
    this.pool = pool;
    this.content = content;
    this.markdown = markdown;
    this.renderer = renderer;
    this.memo = memo;
  }

  /** This pipeline, reporting the warnings the baseline lists too (to write a new one). */
  public Pipeline withKnownWarnings() {
    return new Pipeline(options, pool, content, markdown, renderer, memo, false);
  }

  /**
   * Loads, checks and assembles, writing nothing: what {@code check} does. The warnings then
   * take the level {@code checks:} in site.yml gives their rule, and those the baseline lists
   * are hidden, before anything decides whether the run passed.
   */
  public Run check(Diagnostics diagnostics) {
    Optional<ValidContent> valid = content.apply(diagnostics);
    Optional<Site> site = valid.map(v -> new SiteAssembler(markdown, pool, memo)
        .assemble(v, options.siteConfig(v.config()), options.drafts(), diagnostics));
    valid.ifPresent(v -> diagnostics.rewrite(v.config().checks()::apply));
    if (hideKnown) {
      Baseline baseline = Baseline.read(options.baselineFile());
      Path content = options.content();
      diagnostics.hide(d -> baseline.knows(d, content));
    }
    return new Run(site, 0, false);
  }

  /**
   * The rule for going on to render: the site could be assembled and nothing failed (no
   * errors; no warnings either when strict).
   */
  public boolean passed(Run checked, Diagnostics diagnostics) {
    return checked.site().isPresent() && !diagnostics.fail(options.strict());
  }

  /**
   * Renders every page of a {@link #check checked} run into {@code sink} when it
   * {@link #passed}; otherwise renders nothing. Template errors become diagnostics, and
   * {@code rendered} says whether the sink holds a whole site.
   */
  public Run render(Run checked, Diagnostics diagnostics, PageSink sink) {
    if (!passed(checked, diagnostics)) {
      return checked;
    }
    try {
      int pages = renderer.get().render(checked.site().get(), sink);
      return new Run(checked.site(), pages, true);
    } catch (TemplateFailure failure) {
      failure.report(options.templates(), diagnostics);
      return checked;
    }
  }
}
