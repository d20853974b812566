package dev.bulletin.render;

import dev.bulletin.model.Author;
import dev.bulletin.model.Case;
import dev.bulletin.model.Image;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Outlet;
import dev.bulletin.model.RatingGroup;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import freemarker.template.TemplateHashModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every template gets: the site, its base path for links, UI strings, date formats and the
 * page's own path, title, description and absolute URL; page renderers add their own values on
 * top (e.g. {@code feed}, {@code jsonLd}, {@code ogType}).
 */
public final class PageContext {
  private final Site site;
  private final TemplateEngine engine;
  private final Map<String, String> messages;
  private final Formats formats;
  private final PageMemo memo;
  private final TemplateHashModel wrappedSite;
  // Every case page, card, feed entry and sitemap row asks for its issue's date: sorted arrays
  // avoid boxing the number on each of those hundreds of thousands of look-ups.
  private final int[] issueNumbers;
  private final LocalDate[] issueDates;
  private final CaseCards cards;
  private final FragmentMemo fragments;
  // Groupings several page families ask for (their own pages, the sitemap), made once a build.
  private List<Outlet<Case>> outlets;
  private List<RatingGroup> ratings;
  private Map<Author, List<Case>> casesByAuthor;

  public PageContext(Site site, TemplateEngine engine, Map<String, String> messages) {
    this(site, engine, messages, null, new FragmentMemo(false));
  }

  /**
   * A context that reuses pages from {@code memo} (null for none) when their inputs repeat, and
   * pieces of cases from {@code fragments}.
   */
  PageContext(Site site, TemplateEngine engine, Map<String, String> messages, PageMemo memo,
      FragmentMemo fragments) {
    this.site = site;
    this.memo = memo;
    this.fragments = fragments;
    this.wrappedSite = engine.wrapHash(site);
    this.engine = engine;
    this.messages = messages;
    this.formats = new Formats(site.config().language(), messages);
    List<Issue> issues = site.issues().stream().map(IssueGroup::issue)
        .sorted(Comparator.comparingInt(Issue::number)).toList();
    this.issueNumbers = issues.stream().mapToInt(Issue::number).toArray();
    this.issueDates = issues.stream().map(Issue::date).toArray(LocalDate[]::new);
    this.cards = new CaseCards(engine, fragments, Map.of("site", site.config(), "base",
        site.config().basePath(), "t", messages, "fmt", formats));
  }

  public Site site() {
    return site;
  }

  /** The outlets of the site's cases (see {@link Outlet#of}), made once. */
  synchronized List<Outlet<Case>> outlets() {
    if (outlets == null) {
      outlets = Outlet.of(site.cases(), Case::sources);
    }
    return outlets;
  }

  /** Each step of the rating scale, worst first, with its cases in site order, made once. */
  synchronized List<RatingGroup> ratings() {
    if (ratings == null) {
      ratings = RatingGroup.of(site.config().scale(), site.cases());
    }
    return ratings;
  }

  /** Every author in name order with their cases, newest first, made once. */
  synchronized Map<Author, List<Case>> casesByAuthor() {
    if (casesByAuthor == null) {
      casesByAuthor = AuthorPages.casesByAuthor(site);
    }
    return casesByAuthor;
  }

  private record ExcerptKey(String text, int length) {}

  /**
   * A case's headline as titles, share cards and feeds show it: after its rating, so the false
   * claim never travels alone ("Disinformation: NATO is building a base").
   */
  public String headline(Case c) {
    return c.rating().name() + ": " + c.title();
  }

  /**
   * What a case's description says (meta and share-card description, feed summary): why the
   * claim is false, from its summary; a case without one (no summary and no paragraph in its
   * response) falls back to its claim, labelled with its rating.
   */
  public String debunk(Case c) {
    return c.summary().isEmpty() ? c.rating().name() + ": " + excerpt(c.claimText(), 160)
        : excerpt(c.summary(), 300);
  }

  /** The start of {@code text} as a one-paragraph teaser of about {@code length} characters. */
  String excerpt(String text, int length) {
    return fragments.single(new ExcerptKey(text, length), () -> Excerpts.of(text, length));
  }

  /** Pieces of output made once per case, shared by every page and file that shows them. */
  FragmentMemo fragments() {
    return fragments;
  }

  public String message(String key) {
    return messages.getOrDefault(key, key);
  }

  /** The absolute URL of a site-relative path, e.g. {@code https://example.org/b/cases/x/}. */
  public String url(String path) {
    return site.config().baseUrl().resolve(path);
  }

  /**
   * When a case was published: the date of the issue that reports it (the case's own date when
   * the issue is unknown, which validation normally rules out).
   */
  public LocalDate published(Case c) {
    int at = Arrays.binarySearch(issueNumbers, c.issue());
    return at >= 0 ? issueDates[at] : c.date();
  }

  /** When a case last changed: its latest update, or else its publication. */
  public LocalDate modified(Case c) {
    return c.lastUpdated().orElseGet(() -> published(c));
  }

  /**
   * Renders {@code template} to the page at {@code path} (a folder such as {@code cases/x/}, or
   * a file name such as {@code 404.html}).
   */
  public Page render(String template, String path, String title, String description,
      Map<String, Object> values) {
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    PageMemo.Inputs inputs = new PageMemo.Inputs(template, title, description, values);
    byte[] remembered = memo == null ? null : memo.reuse(file, inputs);
    if (remembered != null) {
      return new Page(file, remembered);
    }
    TrackedData data = new TrackedData(wrappedSite);
    Map<String, Object> model = new HashMap<>(values);
    model.put("site", site.config());
    model.put("data", data);
    model.put("base", site.config().basePath());
    model.put("t", messages);
    model.put("fmt", formats);
    model.put("card", cards);
    model.put("path", path);
    model.put("canonical", url(path));
    model.put("title", title);
    // Every page gets a description for search results and link previews.
    model.put("description", description == null || description.isBlank()
        ? site.config().description() : description);
    model.putIfAbsent("ogType", "website");
    // A page's own picture for share cards, else the site's default one.
    Image shared = values.get("shareImage") instanceof Image own ? own
        : site.config().image().orElse(null);
    if (shared != null) {
      model.put("shareImage", shared);
      model.put("shareImageUrl", url(shared.path()));
    }
    byte[] bytes = engine.render(template, model);
    if (memo != null) {
      memo.remember(file, inputs, bytes, data.onlySiteWideRead());
    }
    return new Page(file, bytes);
  }
}
