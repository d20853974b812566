package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Author;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.FrontMatterParser;
import dev.bulletin.source.TextDecoder;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;

/**
 * Reads a whole content folder: finds the files, decodes and parses them in parallel, type-checks
 * each and then checks references between them. Every problem goes to the diagnostics; the
 * result is empty only when site.yml itself is unusable.
 */
public final class ContentLoader {
  private final YamlParser yaml = new YamlParser();
  private final FrontMatterParser frontMatter = new FrontMatterParser(yaml);
  private final ForkJoinPool pool;

  public ContentLoader(ForkJoinPool pool) {
    this.pool = pool;
  }

  public Optional<ValidContent> load(Path root, Diagnostics diagnostics) {
    ContentFiles files = new ContentWalker().walk(root, diagnostics);
    Optional<SiteConfig> config = files.siteConfig()
        .flatMap(file -> readYaml(file, diagnostics)
            .flatMap(node -> new SiteConfigReader().read(file, node, diagnostics)));
    if (files.siteConfig().isEmpty() && !Files.isSymbolicLink(root.resolve("site.yml"))) {
      diagnostics.error(root.resolve("site.yml"), 1, 1, "site.yml is missing; create it with"
          + " `title`, `baseUrl`, `language` and `description`");
    }
    Vocabulary vocabulary = files.keywords()
        .flatMap(file -> readYaml(file, diagnostics)
            .map(node -> new VocabularyReader().read(file, node, diagnostics)))
        .orElse(Vocabulary.unreadable());
    if (files.keywords().isEmpty() && !Files.isSymbolicLink(root.resolve("keywords.yml"))) {
      diagnostics.error(root.resolve("keywords.yml"), 1, 1, "keywords.yml is missing; create it"
          + " with the list of keywords cases may use, like `- name: NATO`");
    }
    Map<String, Author> authors = files.authors()
        .flatMap(file -> readYaml(file, diagnostics)
            .map(node -> new AuthorsReader().read(file, node, diagnostics)))
        .orElse(Map.of());
    List<IssueDraft> issues = readAll(files.issues(), new IssueReader()::read, diagnostics);
    List<CaseDraft> cases = readAll(files.cases(), new CaseReader()::read, diagnostics);
    List<PageDraft> pages = readAll(files.pages(), new PageReader()::read, diagnostics);
    if (config.isEmpty()) {
      return Optional.empty();
    }
    ValidContent content = new ValidContent(root, config.get(), vocabulary, authors, issues,
        cases, pages);
    boolean allCasesRead = cases.size() == files.cases().size()
        && issues.size() == files.issues().size();
    new ReferenceChecker().check(content, allCasesRead, diagnostics);
    return Optional.of(content);
  }

  private <T> List<T> readAll(List<Path> paths,
      BiFunction<FrontMatterDocument, Diagnostics, Optional<T>> reader, Diagnostics diagnostics) {
    return pool.submit(() -> paths.parallelStream()
            .map(path -> read(path, diagnostics)
                .flatMap(text -> frontMatter.parse(path, text, diagnostics))
                .flatMap(document -> reader.apply(document, diagnostics))
                .orElse(null))
            .filter(Objects::nonNull)
            .toList())
        .join();
  }

  private Optional<YamlNode> readYaml(Path file, Diagnostics diagnostics) {
    return read(file, diagnostics).flatMap(text -> yaml.parse(file, text, 1, diagnostics));
  }

  private static Optional<String> read(Path file, Diagnostics diagnostics) {
    try {
      return TextDecoder.decode(file, Files.readAllBytes(file), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
