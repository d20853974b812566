package dev.bulletin.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives each heading of one Markdown text an id made from its words, as commonmark's
 * heading-anchor extension does, except that the ids the theme's pages use are never taken: a
 * response section called "Main" gets {@code main-1}, not the {@code main} of the page's
 * landmark. One instance serves one text.
 */
final class HeadingIds implements AttributeProvider {
  /** Every id the built-in templates write; a test keeps this list equal to the templates. */
  static final List<String> THEME_IDS = List.of("main", "home-search-q", "archive-heading",
      "author-heading",
      "cases-heading", "claim-heading", "details-heading", "keywords-heading", "latest-heading",
      "related-heading", "response-heading", "search", "search-clear", "search-country",
      "search-filters", "search-from", "search-help", "search-issue", "search-keyword",
      "search-language", "search-more", "search-notice", "search-outlet", "search-q",
      "search-rating", "search-results", "search-results-heading", "search-sort",
      "search-status", "search-to");

  // Made at the first heading: most texts have none, and a generator with the theme's ids
  // taken costs more than rendering a short text.
  private IdGenerator ids;

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Heading) {
      if (ids == null) {
        ids = IdGenerator.builder().build();
        // Taken first, so that a heading with the same words gets the next free id.
        THEME_IDS.forEach(ids::generateId);
      }
      // Line breaks add nothing, as in commonmark's heading-anchor extension, so ids stay.
      String words = MarkdownRenderer.literals(node, "");
      attributes.put("id", ids.generateId(words.trim().toLowerCase(Locale.ROOT)));
    }
  }
}
