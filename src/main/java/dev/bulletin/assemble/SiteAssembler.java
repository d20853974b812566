package dev.bulletin.assemble;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.markdown.MarkdownRenderer;
import dev.bulletin.markdown.RenderedMarkdown;
import dev.bulletin.model.Case;
import dev.bulletin.model.FreePage;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Outlet;
import dev.bulletin.model.PixelSize;
import dev.bulletin.model.Redirect;
import dev.bulletin.model.Site;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.Slugs;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.model.Update;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.validate.CaseDraft;
import dev.bulletin.validate.IssueDraft;
import dev.bulletin.validate.PageDraft;
import dev.bulletin.validate.UpdateDraft;
import dev.bulletin.validate.ValidContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Turns validated content into the immutable {@link Site} in one pass: renders Markdown (in
 * parallel), resolves terms, groups cases by issue and term, orders everything and finds related
 * cases.
 */
public final class SiteAssembler {
  /** Newest first; ties by issue, then slug, so the order never depends on file order. */
  public static final Comparator<Case> NEWEST_FIRST =
      Comparator.comparing(Case::date).reversed()
          .thenComparing(Comparator.comparingInt(Case::issue).reversed())
          .thenComparing(Case::slug);

  // Heading levels of Markdown: free pages and issue intros sit right under the page's h1; a
  // case's claim and response each sit in a section with its own h2.
  private static final int UNDER_TITLE = 2;
  private static final int IN_SECTION = 3;
  private static final String RATINGS = "ratings/";

  private final FragmentRenderer markdown;
  private final ForkJoinPool pool;
  private final AssemblyMemo memo;

  public SiteAssembler(MarkdownRenderer markdown, ForkJoinPool pool) {
    this(markdown::render, pool, AssemblyMemo.NONE);
  }

  /**
   * Renders Markdown through {@code markdown}, e.g. a cache for incremental rebuilds, and
   * reuses what {@code memo} kept from an earlier build.
   */
  public SiteAssembler(FragmentRenderer markdown, ForkJoinPool pool, AssemblyMemo memo) {
    this.markdown = markdown;
    this.pool = pool;
    this.memo = memo;
  }

  public Site assemble(ValidContent content, SiteConfig config, boolean includeDrafts,
      Diagnostics diagnostics) {
    List<CaseDraft> published = content.cases().stream()
        .filter(c -> includeDrafts || !c.draft()).toList();
    TermNames countries = new TermNames(TermKind.COUNTRY);
    TermNames languages = new TermNames(TermKind.LANGUAGE);
    for (CaseDraft draft : published) {
      draft.countries().forEach(countries::register);
      draft.languages().forEach(languages::register);
    }
    ContentLinks links = new ContentLinks(urlsByFile(content, published, config),
        sitePaths(content, published, countries, languages), config.basePath(),
        content.root().resolve(ContentWalker.MEDIA), imageSizes(content, config), diagnostics);
    memo.startCases(new AssemblyMemo.World(content.root(), content.vocabulary().definitions(),
        links.resolvesAgainst(), countries.names(), languages.names(), config.scale()));
    List<Case> cases = parallel(published, draft -> memo.caseOf(draft,
        () -> toCase(draft, content, links, countries, languages),
        () -> !links.reportedBroken(draft.file())));
    // The default desk signs unsigned cases after the memo, which keeps cases by their file.
    String desk = config.defaultAuthor();
    cases = cases.stream().filter(c -> c != null)
        .map(c -> c.authorId().isEmpty() && !desk.isEmpty() ? c.withAuthorId(desk) : c)
        .sorted(NEWEST_FIRST).toList();

    List<Issue> issues = parallel(content.issues(), draft -> toIssue(draft, links));
    Map<Integer, List<Case>> byIssue = new HashMap<>();
    for (Case c : cases) {
      byIssue.computeIfAbsent(c.issue(), k -> new ArrayList<>()).add(c);
    }
    List<IssueGroup> issueGroups = issues.stream()
        .sorted(Comparator.comparingInt(Issue::number).reversed())
        .map(issue -> new IssueGroup(issue, byIssue.getOrDefault(issue.number(), List.of())))
        .toList();

    Map<TermKind, List<TermGroup>> terms = new EnumMap<>(TermKind.class);
    for (TermKind kind : TermKind.values()) {
      terms.put(kind, group(kind, cases, content));
    }
    List<FreePage> pages = content.pages().stream()
        .map(page -> new FreePage(page.slug(), page.title(),
            markdown.render(page.body(), UNDER_TITLE, links.forText(page.file(),
                page.bodyLine())).html()))
        .sorted(Comparator.comparing(FreePage::slug))
        .toList();
    Site site = new Site(config, issueGroups, cases, terms, content.authors(), pages,
        RelatedCases.bySlug(cases, memo.related(cases, pool)), redirects(content, cases),
        content.media());
    memo.remember(site);
    return site;
  }

  /**
   * The aliases of every published case, every issue and every page, by old address. A case
   * left out (a draft) takes its aliases with it: they would lead nowhere.
   */
  private static List<Redirect> redirects(ValidContent content, List<Case> cases) {
    Set<String> published = new HashSet<>();
    cases.forEach(c -> published.add(c.slug()));
    List<Redirect> redirects = new ArrayList<>();
    for (CaseDraft draft : content.cases()) {
      if (published.contains(draft.slug())) {
        draft.aliases().forEach(alias -> redirects.add(new Redirect(
            Case.pathOf(alias.value().strip()), Case.pathOf(draft.slug()))));
      }
    }
    for (IssueDraft draft : content.issues()) {
      draft.aliases().forEach(alias -> redirects.add(new Redirect(
          Issue.pathOf(alias.value().strip()), Issue.pathOf(Integer.toString(draft.number())))));
    }
    for (PageDraft draft : content.pages()) {
      draft.aliases().forEach(alias -> redirects.add(new Redirect(
          FreePage.pathOf(alias.value().strip()), FreePage.pathOf(draft.slug()))));
    }
    redirects.sort(Comparator.comparing(Redirect::from));
    return redirects;
  }

  private Case toCase(CaseDraft draft, ValidContent content, ContentLinks links,
      TermNames countries, TermNames languages) {
    List<Term> keywords = draft.keywords().stream()
        .map(k -> content.vocabulary().find(k.value()).orElse(null))
        .filter(t -> t != null).distinct().toList();
    RenderedMarkdown claim = markdown.render(draft.claim(), IN_SECTION,
        links.forText(draft.file(), draft.claimLine() + 1));
    RenderedMarkdown response = markdown.render(draft.body(), IN_SECTION,
        links.forText(draft.file(), draft.bodyLine()));
    String sourceFile = content.root().relativize(draft.file()).toString().replace('\\', '/');
    return new Case(draft.slug(), sourceFile, draft.title(), draft.issue(), draft.date(),
        languages.resolve(draft.languages()), countries.resolve(draft.countries()), keywords,
        claim.html(), claim.text(), response.html(), response.text(),
        draft.summary().isEmpty() ? response.firstParagraph() : draft.summary(),
        draft.sources(), draft.warning(),
        draft.author().map(a -> a.value().strip()).orElse(""), draft.draft(),
        MarkdownRenderer.readingMinutes(claim.words() + response.words()),
        draft.updates().stream().map(update -> toUpdate(draft, update, links)).toList(),
        draft.rating().flatMap(r -> content.config().ratingNamed(r.value()))
            .orElse(content.config().defaultRating()),
        draft.image().flatMap(image -> links.image(draft.file(), image)));
  }

  private Update toUpdate(CaseDraft draft, UpdateDraft update, ContentLinks links) {
    RenderedMarkdown note = markdown.render(update.note(), IN_SECTION,
        links.forText(draft.file(), update.noteLine()));
    return new Update(update.date(), note.html(), note.text(), update.correction());
  }

  private Issue toIssue(IssueDraft draft, ContentLinks links) {
    String intro = markdown.render(draft.body(), UNDER_TITLE,
        links.forText(draft.file(), draft.bodyLine())).html();
    return new Issue(draft.number(), draft.date(), draft.title(), draft.summary(), intro);
  }

  private static List<TermGroup> group(TermKind kind, List<Case> cases, ValidContent content) {
    Map<String, Term> terms = new HashMap<>();
    Map<String, List<Case>> casesBySlug = new HashMap<>();
    if (kind == TermKind.KEYWORD) {
      content.vocabulary().definitions().forEach(d -> terms.put(d.term().slug(), d.term()));
    }
    for (Case c : cases) {
      for (Term term : c.terms(kind)) {
        terms.putIfAbsent(term.slug(), term);
        casesBySlug.computeIfAbsent(term.slug(), k -> new ArrayList<>()).add(c);
      }
    }
    return terms.values().stream()
        .sorted(Comparator.comparing((Term t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(Term::slug))
        .map(t -> new TermGroup(t, casesBySlug.getOrDefault(t.slug(), List.of())))
        .toList();
  }

  private static Map<Path, String> urlsByFile(ValidContent content, List<CaseDraft> cases,
      SiteConfig config) {
    Map<Path, String> urls = new HashMap<>();
    String base = config.basePath();
    cases.forEach(c -> urls.put(normalized(c.file()), base + "cases/" + c.slug() + "/"));
    content.otherCases().forEach(file -> urls.put(normalized(file),
        base + "cases/" + slugOf(file) + "/"));
    content.issues().forEach(i -> urls.put(normalized(i.file()),
        base + "issues/" + i.number() + "/"));
    for (PageDraft page : content.pages()) {
      urls.put(normalized(page.file()), base + page.slug() + "/");
    }
    content.media().forEach(m -> urls.put(normalized(m.file()), base + m.path()));
    return urls;
  }

  /** The size of each image of media/ whose size could be read, by its published address. */
  private static Map<String, PixelSize> imageSizes(ValidContent content, SiteConfig config) {
    Map<String, PixelSize> sizes = new HashMap<>();
    content.media().forEach(m -> m.pixels().ifPresent(
        size -> sizes.put(config.basePath() + m.path(), size)));
    return sizes;
  }

  /** Every page folder the site will have, for checking root-relative links. */
  private static SitePaths sitePaths(ValidContent content, List<CaseDraft> cases,
      TermNames countries, TermNames languages) {
    SitePaths paths = new SitePaths();
    cases.forEach(c -> paths.add("cases/" + c.slug() + "/"));
    content.otherCases().forEach(file -> paths.add("cases/" + slugOf(file) + "/"));
    if (cases.stream().anyMatch(c -> c.updates().stream().anyMatch(UpdateDraft::correction))) {
      paths.add("corrections/");
    }
    content.issues().forEach(i -> paths.add("issues/" + i.number() + "/"));
    content.pages().forEach(p -> paths.add(p.slug() + "/"));
    int outletPageMin = content.config().outletPageMin();
    Outlet.of(cases, CaseDraft::sources).stream().filter(o -> o.hasPage(outletPageMin))
        .forEach(outlet -> paths.add(outlet.path()));
    if (content.config().hasScale()) {
      paths.add(RATINGS);
      content.config().scale().forEach(r -> paths.add(r.path()));
    }
    content.authors().keySet().forEach(id -> paths.add("authors/" + id + "/"));
    content.media().forEach(m -> paths.addFile(m.path()));
    content.vocabulary().definitions().forEach(d -> paths.add(TermKind.KEYWORD, d.term().slug()));
    countries.slugs().forEach(slug -> paths.add(TermKind.COUNTRY, slug));
    languages.slugs().forEach(slug -> paths.add(TermKind.LANGUAGE, slug));
    return paths;
  }

  /** A case's slug is its file name without {@code .md}. */
  private static String slugOf(Path caseFile) {
    return caseFile.getFileName().toString().replaceFirst("\\.md$", "");
  }

  private static Path normalized(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
    return pool.submit(() -> items.parallelStream().map(work).toList()).join();
  }

  /**
   * Countries and languages are free names; spellings that give the same slug are one term,
   * named as first written in file order.
   */
  private static final class TermNames {
    private final TermKind kind;
    private final Map<String, Term> bySlug = new LinkedHashMap<>();
    // The same few names recur on thousands of cases; slugging each once saves the Unicode work.
    private final Map<String, Term> byName = new HashMap<>();

    TermNames(TermKind kind) {
      this.kind = kind;
    }

    /** The slugs of the terms registered so far. */
    Set<String> slugs() {
      return bySlug.keySet();
    }

    /** Each name registered so far with its term. */
    Map<String, Term> names() {
      return Map.copyOf(byName);
    }

    /** Called for every name in file order before {@link #resolve}, from one thread. */
    void register(String name) {
      if (byName.containsKey(name)) {
        return;
      }
      String slug = Slugs.of(name);
      if (!slug.isEmpty()) {
        byName.put(name, bySlug.computeIfAbsent(slug, s -> new Term(kind, name, s, "")));
      }
    }

    /** The terms of {@code names}, in order, without repeats; safe to call in parallel. */
    List<Term> resolve(List<String> names) {
      List<Term> ordered = new ArrayList<>(names.size());
      for (String name : names) {
        Term term = byName.get(name);
        if (term != null && !ordered.contains(term)) {
          ordered.add(term);
        }
      }
      return ordered;
    }
  }
}
