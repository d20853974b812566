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
  private static final Set<String> KEYS =
      Set.of("title", "baseUrl", "language", "description", "publisher", "verdict",
          "correctionsPolicy", "checks", "ratings", "outletPageMin", ImageFieldReader.KEY);
  // A free page's address, as `correctionsPolicy` may name it: `slug/`, optionally `#anchor`.
  private static final Pattern PAGE_PATH =
      Pattern.compile("/?([a-z0-9]+(?:-[a-z0-9]+)*)/?(#[A-Za-z0-9_-]+)?");
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  /**
   * Reads site.yml; {@code pageSlugs} are the free pages a {@code correctionsPolicy} may point
   * to (null to accept any), {@code media} the files of media/ by path, which an {@code image}
   * may name.
   */
  public Optional<SiteConfig> read(Path file, YamlNode root, Set<String> pageSlugs,
      Map<String, MediaFile> media, Diagnostics diagnostics) {
    if (!(root instanceof YamlMap map)) {
      diagnostics.error(file, root.line(), root.column(),
          "site.yml must be a set of `key: value` lines, like `title: My Bulletin`");
      return Optional.empty();
    }
    FieldReader fields = new FieldReader(file, map, diagnostics, "site.yml");
    fields.warnUnknownKeys(KEYS);
    Optional<String> title = fields.requiredText("title", "title: Disinfo Watch Bulletin");
    Optional<String> baseUrlText =
        fields.requiredText("baseUrl", "baseUrl: https://example.org/");
    Optional<BaseUrl> baseUrl = baseUrlText.flatMap(url -> baseUrl(fields, url));
    Optional<String> language = fields.requiredText("language", "language: en");
    language.filter(tag -> !LANGUAGE_TAG.matcher(tag).matches()).ifPresent(tag ->
        fields.error(map.get("language").orElseThrow(), "`language` must be a language tag"
            + " such as `en`, `uk` or `pt-BR`, but it is `" + tag + "`"));
    String description = fields.optionalText("description", "description: One sentence")
        .orElse("");
    String verdict = fields.optionalText("verdict", "verdict: Disinformation").orElse("");
    String policy = fields.optionalText("correctionsPolicy",
        "correctionsPolicy: corrections-policy/").orElse("");
    if (!policy.isEmpty() && !isPolicyAddress(policy, pageSlugs)) {
      // It becomes a link on every case page, so a typo would break them all.
      fields.error(map.get("correctionsPolicy").orElseThrow(), "`correctionsPolicy` must be"
          + " the address of a free page of this site, like `corrections-policy/` for"
          + " pages/corrections-policy.md, or a full web address starting with https://, but"
          + " it is `" + policy + "`");
      policy = "";
    }
    // A broken scale stops the run like a missing title: read as no scale, every case's
    // `rating` would be reported as unknown as well.
    Optional<List<Rating>> ratings = RatingsReader.read(fields);
    int outletPageMin = fields.optionalInteger("outletPageMin", "outletPageMin: 3")
        .orElse(SiteConfig.OUTLET_PAGE_MIN);
    CheckPolicy checks = map.get("checks").map(node -> ChecksReader.read(file, node,
        diagnostics)).orElse(CheckPolicy.DEFAULT);
    Publisher publisher = null;
    Optional<YamlNode> publisherNode = map.get("publisher");
    if (publisherNode.isPresent()) {
      if (publisherNode.get() instanceof YamlMap publisherMap) {
        FieldReader publisherFields = new FieldReader(file, publisherMap, diagnostics,
            "`publisher`");
        publisherFields.warnUnknownKeys(Set.of("name", "url"));
        Optional<String> name = publisherFields.requiredText("name", "name: Disinfo Watch Desk");
        String url = publisherFields.optionalText("url", "url: https://example.org/").orElse("");
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
        publisher, verdict, policy, checks, ratings.get(), outletPageMin, image));
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
