package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.model.Slugs;
import dev.bulletin.model.Source;
import dev.bulletin.source.FrontMatterDocument;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and type-checks one case file's front matter. */
public final class CaseReader {
  private static final Field OUTLET = Field.required("outlet", ValueType.TEXT,
      "outlet: Example News", "The outlet, channel or account that published the claim.");
  private static final Field URL = Field.optional("url", ValueType.WEB_ADDRESS,
      "url: https://example.com/article", "The address of the publication.");
  private static final Field ARCHIVE = Field.optional("archive", ValueType.WEB_ADDRESS,
      "archive: https://archive.ph/abcde", "An archived copy, for when the original is gone.");
  private static final Field TITLE = Field.required("title", ValueType.TEXT,
      "title: \"Headline of the claim\"", "The claim as a headline.");
  private static final Field ISSUE = Field.required("issue", ValueType.WHOLE_NUMBER,
      "issue: 310", "The number of the issue that publishes the case.");
  private static final Field DATE = Field.required("date", ValueType.DATE,
      "date: 2026-11-05", "When the claim was first published, YYYY-MM-DD.");
  private static final Field LANGUAGES = Field.required("languages", ValueType.TEXT_LIST,
      "languages: [Russian, English]", "The languages the claim appeared in.");
  private static final Field COUNTRIES = Field.required("countries", ValueType.TEXT_LIST,
      "countries: [Ukraine]", "The countries the claim is about or targets.");
  private static final Field KEYWORDS = Field.required("keywords", ValueType.KEYWORDS,
      "keywords: [NATO, Elections]", "Names or aliases of keywords.yml.");
  private static final Field CLAIM = Field.required("claim", ValueType.TEXT,
      "claim: The claim, summarised", "The claim as it was published, summarised neutrally.");
  private static final Field SOURCES = Field.optional("sources", ValueType.MAP_LIST,
      "- outlet: Example News", "Where the claim appeared, so readers can check it.")
      .withParts(Fields.of(OUTLET, URL, ARCHIVE));
  private static final Field WARNING = Field.optional("warning", ValueType.TEXT,
      "warning: Describes violence", "A content warning shown before the claim.");
  private static final Field SUMMARY = Field.optional("summary", ValueType.TEXT,
      "summary: \"Why the claim is false, in one or two sentences.\"",
      "Why the claim is false, in one or two sentences.");
  private static final Field AUTHOR = Field.optional("author", ValueType.AUTHOR,
      "author: east-desk", "The id of the response's author in authors.yml.");
  private static final Field DRAFT = Field.optional("draft", ValueType.BOOLEAN,
      "draft: true", "true keeps the case unpublished (preview it with --drafts).");

  private static final Field RATING = Field.optional("rating", ValueType.TEXT,
      "rating: Misleading", "A step of the rating scale of site.yml, by name or slug; the"
          + " first (worst) step when left out.");

  /** Every key a case may have; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(TITLE, ISSUE, DATE, LANGUAGES, COUNTRIES,
      KEYWORDS, CLAIM, SOURCES, WARNING, SUMMARY, AUTHOR, DRAFT, AliasReader.FIELD,
      UpdatesReader.FIELD, RATING, ImageFieldReader.FIELD);
  /** Google's fact-check tools cut a ClaimReview's {@code claimReviewed} after this many. */
  static final int HEADLINE_MAX = 75;

  public Optional<CaseDraft> read(FrontMatterDocument document, Diagnostics diagnostics) {
    Path file = document.file();
    FieldReader fields = new FieldReader(file, document.frontMatter(), diagnostics,
        "the front matter");
    fields.warnUnknownKeys(KEYS);
    String name = file.getFileName().toString();
    String slug = name.substring(0, name.length() - ".md".length());
    boolean safeSlug = Slugs.isSafe(slug);
    if (!safeSlug) {
      diagnostics.error(file, 1, 1, "the file name `" + name + "` is used as the case's web"
          + " address, so it may only use lower-case letters a-z, digits and hyphens; rename"
          + " it to `" + Slugs.of(slug).replaceFirst("^$", "my-case") + ".md`");
    }
    Optional<String> title = fields.requiredText(TITLE);
    title.ifPresent(headline -> warnLongHeadline(fields, headline));
    Optional<Integer> issue = fields.requiredInteger(ISSUE);
    Optional<LocalDate> date = fields.requiredDate(DATE);
    Optional<List<YamlScalar>> languages = fields.requiredTextList(LANGUAGES);
    Optional<List<YamlScalar>> countries = fields.requiredTextList(COUNTRIES);
    Optional<List<YamlScalar>> keywords = fields.requiredTextList(KEYWORDS);
    languages = languages.filter(list -> namesMakeSlugs(fields, "languages", list));
    countries = countries.filter(list -> namesMakeSlugs(fields, "countries", list));
    Optional<String> claim = fields.requiredText(CLAIM);
    Optional<List<Source>> sources = readSources(fields, diagnostics);
    String warning = fields.optionalText(WARNING).orElse("");
    String summary = fields.optionalText(SUMMARY).orElse("").strip();
    Optional<String> author = fields.optionalText(AUTHOR);
    boolean draft = fields.optionalBoolean(DRAFT, false);
    List<YamlScalar> aliases = AliasReader.read(fields);
    Optional<List<UpdateDraft>> updates = UpdatesReader.read(fields);
    Optional<String> rating = fields.optionalText(RATING);
    ImageFieldReader.Result image = ImageFieldReader.read(fields);
    if (!safeSlug || !image.valid() || title.isEmpty() || issue.isEmpty() || date.isEmpty()
        || languages.isEmpty() || countries.isEmpty() || keywords.isEmpty() || claim.isEmpty()
        || sources.isEmpty() || updates.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = document.frontMatter();
    return Optional.of(new CaseDraft(file, slug, title.get(),
        (YamlScalar) map.get("issue").orElseThrow(), issue.get(), date.get(),
        (YamlScalar) map.get("date").orElseThrow(), texts(languages.get()),
        texts(countries.get()), keywords.get(), claim.get(),
        map.get("claim").orElseThrow().line(), sources.get(),
        map.get("sources").map(YamlNode::line).orElse(map.line()),
        map.get("sources").map(YamlNode::column).orElse(map.column()), warning, summary,
        author.map(a -> (YamlScalar) map.get("author").orElseThrow()), draft,
        document.body(), document.bodyLine(),
        PlaceholderFinder.find(map, document.body(), document.bodyLine()), aliases,
        updates.get(), rating.map(r -> (YamlScalar) map.get("rating").orElseThrow()),
        image.image()));
  }

  private static void warnLongHeadline(FieldReader fields, String headline) {
    int length = headline.codePointCount(0, headline.length());
    if (length > HEADLINE_MAX) {
      fields.warning(Rule.LONG_HEADLINE, fields.map().get("title").orElseThrow(), "the"
          + " headline is " + length + " characters long; fact-check tools such as Google's"
          + " cut it after " + HEADLINE_MAX + ", so shorten it to " + HEADLINE_MAX
          + " or fewer");
    }
  }

  private static Optional<List<Source>> readSources(FieldReader fields, Diagnostics diagnostics) {
    Optional<List<YamlMap>> maps = fields.optionalMapList(SOURCES);
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    List<Source> sources = new ArrayList<>();
    boolean ok = true;
    for (YamlMap map : maps.get()) {
      FieldReader source = new FieldReader(fields.file(), map, diagnostics, "this source");
      source.warnUnknownKeys(SOURCES.parts());
      Optional<String> outlet = source.requiredText(OUTLET);
      String url = source.optionalText(URL).orElse("");
      String archive = source.optionalText(ARCHIVE).orElse("");
      ok &= checkUrl(source, map, "url", url) & checkUrl(source, map, "archive", archive);
      if (outlet.isPresent()) {
        sources.add(new Source(outlet.get(), url, archive));
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(sources) : Optional.empty();
  }

  private static boolean checkUrl(FieldReader fields, YamlMap map, String key, String url) {
    if (url.isEmpty() || url.startsWith("https://") || url.startsWith("http://")) {
      return true;
    }
    YamlNode node = map.get(key).orElseThrow();
    fields.error(node, "`" + key + "` must be a web address starting with https:// or"
        + " http://, like `https://example.com/article`");
    return false;
  }

  private static boolean namesMakeSlugs(FieldReader fields, String key, List<YamlScalar> names) {
    boolean ok = true;
    for (YamlScalar name : names) {
      MixedScripts.in(name.value()).ifPresent(scripts -> fields.warning(Rule.MIXED_SCRIPTS, name,
          "`" + name.value().strip() + "` in `" + key + "` mixes " + scripts + " letters in one"
          + " word, so it is not the same name as one typed in one alphabet; retype it"));
      if (Slugs.of(name.value()).isEmpty()) {
        fields.error(name, "`" + name.value().strip() + "` in `" + key + "` has no letters or"
            + " digits to make a web address from; write the name in words");
        ok = false;
      }
    }
    return ok;
  }

  private static List<String> texts(List<YamlScalar> scalars) {
    return scalars.stream().map(s -> s.value().strip()).toList();
  }
}
