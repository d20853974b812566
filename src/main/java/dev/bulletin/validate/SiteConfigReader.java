package dev.bulletin.validate;

import dev.bulletin.diag.CheckPolicy;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.BaseUrl;
import dev.bulletin.model.Image;
import dev.bulletin.model.MediaFile;
import dev.bulletin.model.Publisher;
import dev.bulletin.model.Rating;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.WebAddresses;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads site.yml into a {@link SiteConfig}. */
public final class SiteConfigReader {
  private static final Field PUBLISHER_NAME = Field.required("name", ValueType.TEXT,
      "name: Disinfo Watch Desk", "The organisation that publishes the bulletin.");
  private static final Field PUBLISHER_URL = Field.optional("url", ValueType.WEB_ADDRESS,
      "url: https://example.org/", "The publisher's own web site.");
  private static final Field TITLE = Field.required("title", ValueType.TEXT,
      "title: Disinfo Watch Bulletin", "The bulletin's name, on every page.");
  private static final Field BASE_URL = Field.required("baseUrl", ValueType.WEB_ADDRESS,
      "baseUrl: https://example.org/", "The full address the site is published at.");
  private static final Field LANGUAGE = Field.required("language", ValueType.LANGUAGE_TAG,
      "language: en", "The language of the site, a tag such as en, uk or pt-BR.");
  private static final Field DESCRIPTION = Field.optional("description", ValueType.TEXT,
      "description: One sentence", "One sentence on what the bulletin is.");
  private static final Field PUBLISHER = Field.optional("publisher", ValueType.MAP,
      "publisher: {name: Disinfo Watch Desk, url: https://example.org/}",
      "Who publishes the bulletin, for feeds and structured data; the title and baseUrl"
          + " when left out.").withParts(Fields.of(PUBLISHER_NAME, PUBLISHER_URL));
  private static final Field VERDICT = Field.optional("verdict", ValueType.TEXT,
      "verdict: Disinformation", "The label shown before each claim's title.");
  private static final Field CORRECTIONS_POLICY = Field.optional("correctionsPolicy",
      ValueType.TEXT, "correctionsPolicy: corrections-policy/", "The address of the page"
          + " that explains how corrections are made: a free page such as"
          + " corrections-policy/, or a full web address.");
  private static final Field CHECKS = Field.optional("checks", ValueType.RULE_LEVELS,
      "checks: {missing-sources: off}", "The level of each warning rule: off, warning or"
          + " error.");
  private static final Field OUTLET_PAGE_MIN = Field.optional("outletPageMin",
      ValueType.WHOLE_NUMBER, "outletPageMin: 3", "How many cases an outlet needs for a page"
          + " of its own (2 when left out).");
  private static final Field DEFAULT_AUTHOR = Field.optional("defaultAuthor", ValueType.AUTHOR,
      "defaultAuthor: east-desk", "The author (an id of authors.yml) that signs cases"
          + " without an `author`.");

  /** Every key site.yml may have; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(TITLE, BASE_URL, LANGUAGE, DESCRIPTION,
      PUBLISHER, VERDICT, CORRECTIONS_POLICY, CHECKS, RatingsReader.FIELD, OUTLET_PAGE_MIN,
      ImageFieldReader.FIELD, DEFAULT_AUTHOR);
  // A free page's address, as `correctionsPolicy` may name it: `slug/`, optionally `#anchor`.
  private static final Pattern PAGE_PATH =
      Pattern.compile("/?([a-z0-9]+(?:-[a-z0-9]+)*)/?(#[A-Za-z0-9_-]+)?");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile(ValueType.LANGUAGE_TAG.pattern().orElseThrow());

  /**
   * Reads site.yml; {@code pageSlugs} are the free pages a {@code correctionsPolicy} may point
   * to, {@code authorIds} the ids of authors.yml a {@code defaultAuthor} may name (each null to
   * accept any), {@code media} the files of media/ by path, which an {@code image} may name.
   */
  public Optional<SiteConfig> read(Path file, YamlNode root, Set<String> pageSlugs,
      Set<String> authorIds, Map<String, MediaFile> media, Diagnostics diagnostics) {
    if (!(root instanceof YamlMap map)) {
      diagnostics.error(file, root.line(), root.column(),
          "site.yml must be a set of `key: value` lines, like `title: My Bulletin`");
      return Optional.empty();
    }
    FieldReader fields = new FieldReader(file, map, diagnostics, "site.yml");
    fields.warnUnknownKeys(KEYS);
    Optional<String> title = fields.requiredText(TITLE);
    Optional<String> baseUrlText = fields.requiredText(BASE_URL);
    Optional<BaseUrl> baseUrl = baseUrlText.flatMap(url -> baseUrl(fields, url));
    Optional<String> language = fields.requiredText(LANGUAGE);
    language.filter(tag -> !LANGUAGE_TAG.matcher(tag).matches()).ifPresent(tag ->
        fields.error(map.get("language").orElseThrow(), "`language` must be a language tag"
            + " such as `en`, `uk` or `pt-BR`, but it is `" + tag + "`"));
    String description = fields.optionalText(DESCRIPTION).orElse("");
    String verdict = fields.optionalText(VERDICT).orElse("");
    String policy = fields.optionalText(CORRECTIONS_POLICY).orElse("");
    if (!policy.isEmpty() && !isPolicyAddress(policy, pageSlugs)) {
      // It becomes a link on every case page, so a typo would break them all.
      fields.error(map.get("correctionsPolicy").orElseThrow(), "`correctionsPolicy` must be"
          + " the address of a free page of this site, like `corrections-policy/` for"
          + " pages/corrections-policy.md, or a full web address starting with https://, but"
          + " it is `" + policy + "`");
      policy = "";
    }
    String defaultAuthor = fields.optionalText(DEFAULT_AUTHOR).orElse("");
    if (!defaultAuthor.isEmpty() && authorIds != null && !authorIds.contains(defaultAuthor)) {
      // It would sign every unsigned case with a byline leading nowhere.
      String hint = Suggestions.closest(defaultAuthor, authorIds)
          .map(id -> "; did you mean `" + id + "`?")
          .orElse("; add the desk to authors.yml or use an id from there");
      fields.error(map.get("defaultAuthor").orElseThrow(), "unknown author `" + defaultAuthor
          + "` in `defaultAuthor`" + hint);
      defaultAuthor = "";
    }
    // A broken scale stops the run like a missing title: read as no scale, every case's
    // `rating` would be reported as unknown as well.
    Optional<List<Rating>> ratings = RatingsReader.read(fields);
    int outletPageMin = fields.optionalInteger(OUTLET_PAGE_MIN)
        .orElse(SiteConfig.OUTLET_PAGE_MIN);
    CheckPolicy checks = map.get("checks").map(node -> ChecksReader.read(file, node,
        diagnostics)).orElse(CheckPolicy.DEFAULT);
    Publisher publisher = null;
    Optional<YamlNode> publisherNode = map.get("publisher");
    if (publisherNode.isPresent()) {
      if (publisherNode.get() instanceof YamlMap publisherMap) {
        FieldReader publisherFields = new FieldReader(file, publisherMap, diagnostics,
            "`publisher`");
        publisherFields.warnUnknownKeys(PUBLISHER.parts());
        Optional<String> name = publisherFields.requiredText(PUBLISHER_NAME);
        String url = publisherFields.optionalText(PUBLISHER_URL).orElse("");
        if (!url.isEmpty() && !WebAddresses.isWebAddress(url)) {
          // It becomes a link in every feed and in the structured data of every page.
          publisherFields.error(publisherMap.get("url").orElseThrow(), "`url` of `publisher`"
              + " must be a full web address starting with https:// or http://, like"
              + " `https://example.org/`");
        }
        publisher = name.map(n -> new Publisher(n, url)).orElse(null);
      } else {
        fields.error(publisherNode.get(), "`publisher` must be a set of keys with `name` and"
            + " `url`, but it is " + publisherNode.get().kind());
      }
    }
    ImageFieldReader.Result imageDraft = ImageFieldReader.read(fields);
    Optional<Image> image = imageDraft.image()
        .flatMap(draft -> ImageFieldReader.inMedia(fields, draft, media));
    if (title.isEmpty() || baseUrl.isEmpty() || language.isEmpty() || ratings.isEmpty()
        || !imageDraft.valid()) {
      return Optional.empty();
    }
    if (publisherNode.isEmpty()) {
      // The publisher's address is baseUrl as written (without the slash a base URL gains).
      publisher = new Publisher(title.get(), baseUrlText.get());
    }
    return Optional.of(new SiteConfig(title.get(), baseUrl.get(), language.get(), description,
        publisher, verdict, policy, checks, ratings.get(), outletPageMin, image,
        defaultAuthor));
  }

  private static boolean isPolicyAddress(String policy, Set<String> pageSlugs) {
    if (WebAddresses.isWebAddress(policy)) {
      return true;
    }
    var matcher = PAGE_PATH.matcher(policy);
    return matcher.matches() && (pageSlugs == null || pageSlugs.contains(matcher.group(1)));
  }

  private static Optional<BaseUrl> baseUrl(FieldReader fields, String url) {
    Optional<BaseUrl> parsed = BaseUrl.parse(url);
    if (parsed.isEmpty()) {
      fields.error(fields.map().get("baseUrl").orElseThrow(), "`baseUrl` must be the full web"
          + " address of the site, like `https://example.org/bulletin/`");
    }
    return parsed;
  }
}
