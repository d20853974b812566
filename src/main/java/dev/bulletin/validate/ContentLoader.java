package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Author;
import dev.bulletin.model.MediaFile;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentKind;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.source.FrontMatterParser;
import dev.bulletin.source.TextDecoder;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a whole content folder in two steps: {@link #parse} reads and type-checks each Markdown
 * file on its own (in parallel), and {@link #combine} adds the three YAML files and checks the
 * references between everything. A full build does both; the preview server re-parses only
 * changed files and combines again. Every problem goes to the diagnostics; the result is empty
 * only when site.yml itself is unusable.
 */
public final class ContentLoader {
  private final YamlParser yaml = new YamlParser();
  private final FrontMatterParser frontMatter = new FrontMatterParser(yaml);
  private final ForkJoinPool pool;
  private final boolean drafts;
  private final Clock clock;
  private final Function<Path, byte[]> reader;

  /** A loader for a run that publishes drafts when {@code drafts} is true. */
  public ContentLoader(ForkJoinPool pool, boolean drafts) {
    this(pool, drafts, Clock.systemUTC());
  }

  /** A loader whose date checks (an update may not be in the future) read {@code clock}. */
  public ContentLoader(ForkJoinPool pool, boolean drafts, Clock clock) {
    this(pool, drafts, clock, ContentLoader::bytes);
  }

  /**
   * A loader that gets each file's bytes from {@code reader}, such as the version of a file
   * staged for commit instead of the one on disk.
   */
  public ContentLoader(ForkJoinPool pool, boolean drafts, Clock clock,
      Function<Path, byte[]> reader) {
    this.pool = pool;
    this.drafts = drafts;
    this.clock = clock;
    this.reader = reader;
  }

  /** Walks, parses and combines the content folder {@code root}. */
  public Optional<ValidContent> load(Path root, Diagnostics diagnostics) {
    ContentFiles files = new ContentWalker().walk(root, diagnostics);
    List<ParsedFile> parsed = pool.submit(() -> files.markdown().parallelStream()
            .map(file -> parse(file.path(), file.kind(), reader.apply(file.path())))
            .toList())
        .join();
    return combine(files, parsed, diagnostics);
  }

  /**
   * Walks {@code root} but reads only the cases in {@code cases}, with every issue and page
   * they may refer to: a quick check of a few changed cases. The other cases are known by file
   * name only, so links to them resolve; the warnings that need every case (an issue without
   * cases, an unused keyword) are left out.
   */
  public Optional<ValidContent> loadCases(Path root, Set<Path> cases,
      Diagnostics diagnostics) {
    ContentFiles all = new ContentWalker().walk(root, diagnostics);
    Set<Path> chosen = cases.stream().map(ContentLoader::normalized).collect(Collectors.toSet());
    List<Path> read = all.cases().stream().filter(c -> chosen.contains(normalized(c))).toList();
    List<Path> others = all.cases().stream().filter(c -> !chosen.contains(normalized(c)))
        .toList();
    ContentFiles files = new ContentFiles(root, all.siteConfig(), all.keywords(),
        all.authors(), all.issues(), read, all.pages(), all.media());
    List<ParsedFile> parsed = pool.submit(() -> files.markdown().parallelStream()
            .map(file -> parse(file.path(), file.kind(), reader.apply(file.path())))
            .toList())
        .join();
    return combine(files, parsed, others, diagnostics);
  }

  private static Path normalized(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** Decodes, splits and type-checks one Markdown file. Thread-safe. */
  public ParsedFile parse(Path file, ContentKind kind, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Object> draft = TextDecoder.decode(file, bytes, diagnostics)
        .flatMap(text -> frontMatter.parse(file, text, diagnostics))
        .flatMap(document -> switch (kind) {
          case ISSUE -> new IssueReader().read(document, diagnostics).map(Object.class::cast);
          case CASE -> new CaseReader().read(document, diagnostics).map(Object.class::cast);
          case PAGE -> new PageReader().read(document, diagnostics).map(Object.class::cast);
        });
    return new ParsedFile(file, kind, draft, diagnostics.sorted());
  }

  /**
   * Reads site.yml, keywords.yml and authors.yml of {@code files}, gathers the parsed Markdown
   * files in file order and checks the references between them.
   */
  public Optional<ValidContent> combine(ContentFiles files, Collection<ParsedFile> parsed,
      Diagnostics diagnostics) {
    return combine(files, parsed, List.of(), diagnostics);
  }

  private Optional<ValidContent> combine(ContentFiles files, Collection<ParsedFile> parsed,
      List<Path> otherCases, Diagnostics diagnostics) {
    Path root = files.root();
    // Every page file, read or not, so that one with an error is not also called missing.
    Set<String> pageSlugs = parsed.stream().filter(p -> p.kind() == ContentKind.PAGE)
        .map(p -> p.file().getFileName().toString().replaceFirst("\\.md$", ""))
        .collect(Collectors.toSet());
    List<MediaFile> media = MediaChecker.check(root, files.media(), diagnostics);
    Set<String> mediaPaths = media.stream().map(MediaFile::path).collect(Collectors.toSet());
    Optional<Map<String, Author>> readAuthors = readAuthors(files, mediaPaths, diagnostics);
    Map<String, Author> authors = readAuthors.orElse(Map.of());
    // An authors.yml that cannot be read is reported already: accept any default author then.
    Set<String> authorIds = files.authors().isPresent() && readAuthors.isEmpty() ? null
        : authors.keySet();
    Map<String, MediaFile> mediaByPath = new HashMap<>();
    media.forEach(m -> mediaByPath.put(m.path(), m));
    Optional<SiteConfig> config = files.siteConfig()
        .flatMap(file -> readYaml(file, diagnostics)
            .flatMap(node -> new SiteConfigReader().read(file, node, pageSlugs, authorIds,
                mediaByPath,
                diagnostics)));
    if (files.siteConfig().isEmpty() && !Files.isSymbolicLink(root.resolve("site.yml"))) {
      diagnostics.error(root.resolve("site.yml"), 1, 1, "site.yml is missing; create it with"
          + " `title`, `baseUrl`, `language` and `description`");
    }
    Vocabulary vocabulary = vocabulary(files, diagnostics);
    List<IssueDraft> issues = new ArrayList<>();
    List<CaseDraft> cases = new ArrayList<>();
    List<PageDraft> pages = new ArrayList<>();
    boolean allCasesRead = otherCases.isEmpty();
    List<ParsedFile> ordered = new ArrayList<>(parsed);
    ordered.sort(Comparator.comparing(ParsedFile::file));
    for (ParsedFile file : ordered) {
      file.diagnostics().forEach(diagnostics::add);
      if (file.draft().isEmpty()) {
        allCasesRead &= file.kind() == ContentKind.PAGE;
        continue;
      }
      switch (file.kind()) {
        case ISSUE -> issues.add((IssueDraft) file.draft().get());
        case CASE -> cases.add((CaseDraft) file.draft().get());
        case PAGE -> pages.add((PageDraft) file.draft().get());
      }
    }
    if (config.isEmpty()) {
      return Optional.empty();
    }
    ValidContent content = new ValidContent(root, config.get(), vocabulary, authors, issues,
        cases, pages, media, otherCases);
    new ReferenceChecker(clock).check(content, allCasesRead, drafts, diagnostics);
    AliasChecker.check(content, diagnostics);
    return Optional.of(content);
  }

  /** Reads keywords.yml of {@code files}; an error when it is missing. */
  public Vocabulary vocabulary(ContentFiles files, Diagnostics diagnostics) {
    Path root = files.root();
    if (files.keywords().isEmpty() && !Files.isSymbolicLink(root.resolve("keywords.yml"))) {
      diagnostics.error(root.resolve("keywords.yml"), 1, 1, "keywords.yml is missing; create it"
          + " with the list of keywords cases may use, like `- name: NATO`");
    }
    return files.keywords()
        .flatMap(file -> readYaml(file, diagnostics)
            .map(node -> new VocabularyReader().read(file, node, diagnostics)))
        .orElse(Vocabulary.unreadable());
  }

  /** Reads authors.yml of {@code files}, which may be missing; by id; any avatar path goes. */
  public Map<String, Author> authors(ContentFiles files, Diagnostics diagnostics) {
    return readAuthors(files, null, diagnostics).orElse(Map.of());
  }

  /**
   * Reads authors.yml; empty when it is missing or cannot be read. {@code mediaPaths} are the
   * media files an avatar may name (null to accept any).
   */
  private Optional<Map<String, Author>> readAuthors(ContentFiles files, Set<String> mediaPaths,
      Diagnostics diagnostics) {
    return files.authors()
        .flatMap(file -> readYaml(file, diagnostics)
            .map(node -> new AuthorsReader().read(file, node, mediaPaths, diagnostics)));
  }

  private Optional<YamlNode> readYaml(Path file, Diagnostics diagnostics) {
    return TextDecoder.decode(file, reader.apply(file), diagnostics)
        .flatMap(text -> yaml.parse(file, text, 1, diagnostics));
  }

  /** A file's bytes; an unreadable file is an I/O failure, not a content problem. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
