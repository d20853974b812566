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
import java.util.Set;

/** Reads and type-checks one case file's front matter. */
public final class CaseReader {
  /** Every key a case may have; others get an "unknown key" warning. */
  public static final Set<String> KEYS = Set.of("title", "issue", "date", "languages",
      "countries", "keywords", "claim", "sources", "warning", "author", "draft", "summary",
      AliasReader.KEY, "updates", "rating", ImageFieldReader.KEY);
  /** Google's fact-check tools cut a ClaimReview's {@code claimReviewed} after this many. */
  static final int HEADLINE_MAX = 75;
  private static final Set<String> SOURCE_KEYS = Set.of("outlet", "url", "archive");

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
    Optional<String> title = fields.requiredText("title", "title: \"Headline of the claim\"");
    title.ifPresent(headline -> warnLongHeadline(fields, headline));
    Optional<Integer> issue = fields.requiredInteger("issue", "issue: 310");
    Optional<LocalDate> date = fields.requiredDate("date", "date: 2026-11-05");
    Optional<List<YamlScalar>> languages =
        fields.requiredTextList("languages", "languages: [Russian, English]");
    Optional<List<YamlScalar>> countries =
        fields.requiredTextList("countries", "countries: [Ukraine]");
    Optional<List<YamlScalar>> keywords =
        fields.requiredTextList("keywords", "keywords: [NATO, Elections]");
    languages = languages.filter(list -> namesMakeSlugs(fields, "languages", list));
    countries = countries.filter(list -> namesMakeSlugs(fields, "countries", list));
    Optional<String> claim = fields.requiredText("claim", "claim: The claim, summarised");
    Optional<List<Source>> sources = readSources(fields, diagnostics);
    String warning = fields.optionalText("warning", "warning: Describes violence").orElse("");
    String summary = fields.optionalText("summary", "summary: \"Why the claim is false, in one"
        + " or two sentences.\"").orElse("").strip();
    Optional<String> author = fields.optionalText("author", "author: east-desk");
    boolean draft = fields.optionalBoolean("draft", false);
    List<YamlScalar> aliases = AliasReader.read(fields);
    Optional<List<UpdateDraft>> updates = UpdatesReader.read(fields);
    Optional<String> rating = fields.optionalText("rating", "rating: Misleading");
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
    String example = "- outlet: Example News";
    Optional<List<YamlMap>> maps = fields.optionalMapList("sources", example);
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    List<Source> sources = new ArrayList<>();
    boolean ok = true;
    for (YamlMap map : maps.get()) {
      FieldReader source = new FieldReader(fields.file(), map, diagnostics, "this source");
      source.warnUnknownKeys(SOURCE_KEYS);
      Optional<String> outlet = source.requiredText("outlet", "outlet: Example News");
      String url = source.optionalText("url", "url: https://example.com/article").orElse("");
      String archive = source.optionalText("archive", "archive: https://archive.ph/abcde")
          .orElse("");
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
