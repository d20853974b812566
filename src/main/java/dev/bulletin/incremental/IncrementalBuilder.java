package dev.bulletin.incremental;

import dev.bulletin.BuildOptions;
import dev.bulletin.assemble.SiteAssembler;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.model.Author;
import dev.bulletin.model.Site;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.render.SiteRenderer;
import dev.bulletin.render.TemplateFailure;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.source.FrontMatterParser;
import dev.bulletin.source.TextDecoder;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlParser;
import dev.bulletin.validate.AuthorsReader;
import dev.bulletin.validate.CaseDraft;
import dev.bulletin.validate.CaseReader;
import dev.bulletin.validate.IssueDraft;
import dev.bulletin.validate.IssueReader;
import dev.bulletin.validate.PageDraft;
import dev.bulletin.validate.PageReader;
import dev.bulletin.validate.ReferenceChecker;
import dev.bulletin.validate.SiteConfigReader;
import dev.bulletin.validate.ValidContent;
import dev.bulletin.validate.Vocabulary;
import dev.bulletin.validate.VocabularyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Rebuilds a site after some files changed, for the preview server, with exactly the pages a
 * full build would make. It keeps what the last build loaded: each content file's bytes, draft
 * and diagnostics; rendered Markdown by text (see {@link FragmentCache}); and the last bytes of
 * every page. An update re-reads only the changed files, re-checks and re-assembles the site
 * (cheap once Markdown is cached), renders every page in memory and reports the pages whose
 * bytes changed or disappeared. Not thread-safe: call it from one thread at a time.
 */
public final class IncrementalBuilder {
  private enum Kind { ISSUE, CASE, PAGE }

  /** One content file as last read: its bytes, what it parsed to and what it reported. */
  private record Parsed(Kind kind, byte[] bytes, Optional<?> draft, List<Diagnostic> diagnostics) {}

  private final BuildOptions options;
  private final Path contentRoot;
  private final Path templatesRoot;
  private final ForkJoinPool pool;
  private final YamlParser yaml = new YamlParser();
  private final FrontMatterParser frontMatter = new FrontMatterParser(yaml);
  private final FragmentCache fragments = new FragmentCache(new MarkdownRenderer());
  private final Map<Path, Parsed> files = new ConcurrentHashMap<>();
  private List<Diagnostic> walkDiagnostics = List.of();
  private SiteRenderer renderer;
  private Map<String, byte[]> pages = Map.of();

  public IncrementalBuilder(BuildOptions options, ForkJoinPool pool) {
    this.options = options;
    this.contentRoot = options.content().toAbsolutePath().normalize();
    this.templatesRoot = options.templates().toAbsolutePath().normalize();
    this.pool = pool;
  }

  /** The first, full build: reads every content file. */
  public Changes build() {
    scan();
    return rebuild();
  }

  /**
   * Rebuilds after {@code changed} files (content or templates; added, edited or deleted) and
   * returns the pages that changed. An unknown kind of change falls back to reading everything.
   */
  public Changes update(Set<Path> changed) {
    boolean rescan = false;
    for (Path path : changed) {
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(templatesRoot)) {
        renderer = null;
        continue;
      }
      if (!absolute.startsWith(contentRoot) || absolute.equals(contentRoot)) {
        continue;
      }
      Path relative = contentRoot.relativize(absolute);
      Optional<Kind> kind = kindOf(relative);
      if (relative.getNameCount() == 1 && relative.toString().endsWith(".yml")) {
        continue; // site.yml, keywords.yml and authors.yml are read on every rebuild
      }
      if (kind.isEmpty() || Files.isSymbolicLink(absolute) || Files.isDirectory(absolute)) {
        rescan = true;
        continue;
      }
      Path file = options.content().resolve(relative);
      if (Files.isRegularFile(absolute)) {
        read(file, kind.get());
      } else {
        files.remove(file);
      }
    }
    if (rescan) {
      scan();
    }
    return rebuild();
  }

  /** Every page of the last successful build, by path. */
  public Map<String, byte[]> pages() {
    return pages;
  }

  private void scan() {
    Diagnostics diagnostics = new Diagnostics();
    ContentFiles found = new ContentWalker().walk(options.content(), diagnostics);
    walkDiagnostics = diagnostics.sorted();
    Map<Path, Kind> kinds = new HashMap<>();
    found.issues().forEach(p -> kinds.put(p, Kind.ISSUE));
    found.cases().forEach(p -> kinds.put(p, Kind.CASE));
    found.pages().forEach(p -> kinds.put(p, Kind.PAGE));
    files.keySet().retainAll(kinds.keySet());
    pool.submit(() -> kinds.entrySet().parallelStream()
        .forEach(e -> read(e.getKey(), e.getValue()))).join();
  }

  /** Reads one content file, parsing it again only when its bytes changed. */
  private void read(Path file, Kind kind) {
    byte[] bytes = bytes(file);
    Parsed known = files.get(file);
    if (known != null && known.kind() == kind && Arrays.equals(known.bytes(), bytes)) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<?> draft = TextDecoder.decode(file, bytes, diagnostics)
        .flatMap(text -> frontMatter.parse(file, text, diagnostics))
        .flatMap(document -> switch (kind) {
          case ISSUE -> new IssueReader().read(document, diagnostics);
          case CASE -> new CaseReader().read(document, diagnostics);
          case PAGE -> new PageReader().read(document, diagnostics);
        });
    files.put(file, new Parsed(kind, bytes, draft, diagnostics.sorted()));
  }

  private Changes rebuild() {
    Diagnostics diagnostics = new Diagnostics();
    walkDiagnostics.forEach(diagnostics::add);
    Optional<ValidContent> content = content(diagnostics);
    if (content.isEmpty() || failed(diagnostics)) {
      return unpublished(diagnostics);
    }
    SiteConfig config = options.baseUrl()
        .map(url -> content.get().config().withBaseUrl(url))
        .orElse(content.get().config());
    fragments.startRound();
    Site site = new SiteAssembler(fragments, pool).assemble(content.get(), config,
        options.drafts(), diagnostics);
    if (failed(diagnostics)) {
      return unpublished(diagnostics);
    }
    Map<String, byte[]> fresh = new ConcurrentHashMap<>();
    try {
      if (renderer == null) {
        renderer = new SiteRenderer(options.templates(), pool);
      }
      renderer.render(site, page -> fresh.put(page.path(), page.bytes()));
    } catch (TemplateFailure failure) {
      Path template = failure.template() == null ? options.templates()
          : options.templates().resolve(failure.template());
      diagnostics.error(template, failure.line(), failure.column(), failure.getMessage());
      return unpublished(diagnostics);
    }
    List<String> written = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    fresh.forEach((path, bytes) -> {
      if (!Arrays.equals(pages.get(path), bytes)) {
        written.add(path);
      }
    });
    pages.keySet().stream().filter(path -> !fresh.containsKey(path)).forEach(deleted::add);
    written.sort(null);
    deleted.sort(null);
    pages = fresh;
    return new Changes(written, deleted, diagnostics.sorted(), true);
  }

  /** The content as {@code ContentLoader} would load it, from the files read so far. */
  private Optional<ValidContent> content(Diagnostics diagnostics) {
    Path root = options.content();
    Optional<SiteConfig> config = yaml(root.resolve("site.yml"), diagnostics,
        "site.yml is missing; create it with `title`, `baseUrl`, `language` and `description`")
        .flatMap(node -> new SiteConfigReader().read(root.resolve("site.yml"), node,
            diagnostics));
    Vocabulary vocabulary = yaml(root.resolve("keywords.yml"), diagnostics,
        "keywords.yml is missing; create it with the list of keywords cases may use, like"
            + " `- name: NATO`")
        .map(node -> new VocabularyReader().read(root.resolve("keywords.yml"), node,
            diagnostics))
        .orElse(new Vocabulary(List.of()));
    Map<String, Author> authors = yaml(root.resolve("authors.yml"), diagnostics, null)
        .map(node -> new AuthorsReader().read(root.resolve("authors.yml"), node, diagnostics))
        .orElse(Map.of());
    List<IssueDraft> issues = new ArrayList<>();
    List<CaseDraft> cases = new ArrayList<>();
    List<PageDraft> freePages = new ArrayList<>();
    for (Parsed parsed : new TreeMap<>(files).values()) {
      parsed.diagnostics().forEach(diagnostics::add);
      parsed.draft().ifPresent(draft -> {
        switch (parsed.kind()) {
          case ISSUE -> issues.add((IssueDraft) draft);
          case CASE -> cases.add((CaseDraft) draft);
          case PAGE -> freePages.add((PageDraft) draft);
        }
      });
    }
    if (config.isEmpty()) {
      return Optional.empty();
    }
    ValidContent content = new ValidContent(root, config.get(), vocabulary, authors, issues,
        cases, freePages);
    new ReferenceChecker().check(content, true, diagnostics);
    return Optional.of(content);
  }

  /** Parses a YAML file of the content root; reports {@code missing} when it does not exist. */
  private Optional<YamlNode> yaml(Path file, Diagnostics diagnostics, String missing) {
    if (!Files.isRegularFile(file)) {
      if (missing != null) {
        diagnostics.error(file, 1, 1, missing);
      }
      return Optional.empty();
    }
    return TextDecoder.decode(file, bytes(file), diagnostics)
        .flatMap(text -> yaml.parse(file, text, 1, diagnostics));
  }

  private Changes unpublished(Diagnostics diagnostics) {
    return new Changes(List.of(), List.of(), diagnostics.sorted(), false);
  }

  private boolean failed(Diagnostics diagnostics) {
    return diagnostics.hasErrors() || (options.strict() && !diagnostics.sorted().isEmpty());
  }

  private static Optional<Kind> kindOf(Path relative) {
    if (!relative.toString().endsWith(".md") || relative.getNameCount() < 2) {
      return Optional.empty();
    }
    return switch (relative.getName(0).toString()) {
      case "issues" -> Optional.of(Kind.ISSUE);
      case "cases" -> Optional.of(Kind.CASE);
      case "pages" -> Optional.of(Kind.PAGE);
      default -> Optional.empty();
    };
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
