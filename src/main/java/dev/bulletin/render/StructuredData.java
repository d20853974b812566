package dev.bulletin.render;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.bulletin.model.Case;
import dev.bulletin.model.Publisher;
import dev.bulletin.model.Rating;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.Source;
import java.util.List;

/**
 * schema.org JSON-LD for search engines and fact-check aggregators: a {@code ClaimReview} per case
 * and {@code Organization} plus {@code WebSite} on the home page. Gson's default HTML-safe
 * escaping writes {@code <}, {@code >} and {@code &} as {@code \u003c} and the like, so no content
 * can close the surrounding {@code <script>} element.
 */
final class StructuredData {
  private static final String CONTEXT = "https://schema.org";

  private final PageContext context;
  private final Gson gson = new Gson();

  StructuredData(PageContext context) {
    this.context = context;
  }

  /** The ClaimReview of one case. */
  String claimReview(Case c) {
    return context.fragments().single(new CaseKey("claimReview", c, context.published(c)),
        () -> makeClaimReview(c));
  }

  private String makeClaimReview(Case c) {
    SiteConfig config = context.site().config();
    JsonObject review = new JsonObject();
    review.addProperty("@context", CONTEXT);
    review.addProperty("@type", "ClaimReview");
    review.addProperty("url", context.url(c.path()));
    review.addProperty("claimReviewed", c.title());
    review.addProperty("datePublished", context.published(c).toString());
    c.lastUpdated().ifPresent(d -> review.addProperty("dateModified", d.toString()));
    review.addProperty("inLanguage", config.language());
    review.add("author", organization(config.publisher()));
    review.add("reviewRating", reviewRating(config, c.rating()));

    JsonObject claim = typed("Claim");
    claim.addProperty("datePublished", c.date().toString());
    JsonArray appearances = new JsonArray();
    for (Source source : c.sources()) {
      JsonObject work = typed("CreativeWork");
      if (!source.url().isEmpty()) {
        work.addProperty("url", source.url());
      }
      work.add("author", named("Organization", source.outlet()));
      appearances.add(work);
    }
    if (!appearances.isEmpty()) {
      claim.add("appearance", appearances);
      // The first outlet known to have carried the claim stands as its author.
      claim.add("author", named("Organization", c.sources().get(0).outlet()));
    }
    review.add("itemReviewed", claim);
    return gson.toJson(review);
  }

  /**
   * The verdict as a schema.org Rating: its name always; its number and the scale's ends when
   * the scale has numbers (worst first in site.yml, so the first and last steps are the ends).
   */
  private static JsonObject reviewRating(SiteConfig config, Rating rating) {
    JsonObject object = typed("Rating");
    object.addProperty("alternateName", rating.name());
    if (rating.hasValue()) {
      List<Rating> scale = config.scale();
      object.addProperty("ratingValue", rating.value());
      object.addProperty("bestRating", scale.get(scale.size() - 1).value());
      object.addProperty("worstRating", scale.get(0).value());
    }
    return object;
  }

  /** The publisher and the site, with the site's search as its search action. */
  String home() {
    SiteConfig config = context.site().config();
    JsonObject site = typed("WebSite");
    site.addProperty("url", context.url(""));
    site.addProperty("name", config.title());
    if (!config.description().isEmpty()) {
      site.addProperty("description", config.description());
    }
    site.addProperty("inLanguage", config.language());
    site.add("publisher", organization(config.publisher()));
    JsonObject action = typed("SearchAction");
    action.addProperty("target", context.url(SearchPages.PATH) + "?q={search_term_string}");
    action.addProperty("query-input", "required name=search_term_string");
    site.add("potentialAction", action);
    JsonArray graph = new JsonArray();
    graph.add(organization(config.publisher()));
    graph.add(site);
    JsonObject root = new JsonObject();
    root.addProperty("@context", CONTEXT);
    root.add("@graph", graph);
    return gson.toJson(root);
  }

  private static JsonObject organization(Publisher publisher) {
    JsonObject organization = named("Organization", publisher.name());
    if (!publisher.url().isEmpty()) {
      organization.addProperty("url", publisher.url());
    }
    return organization;
  }

  private static JsonObject named(String type, String name) {
    JsonObject object = typed(type);
    object.addProperty("name", name);
    return object;
  }

  private static JsonObject typed(String type) {
    JsonObject object = new JsonObject();
    object.addProperty("@type", type);
    return object;
  }
}
