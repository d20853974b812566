package dev.bulletin.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Headings in content keep the page's outline in order and never take the theme's ids. */
class HeadingsTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  private String html(String text, int topHeading) {
    return markdown.render(text, topHeading, LinkRewriter.NONE).html();
  }

  @Test
  void theHighestHeadingOfATextTakesTheLevelOfItsPlaceAndTheOthersFollow() {
    assertEquals("<h3 id=\"why\">Why</h3>\n<h4 id=\"what-the-data-says\">What the data says</h4>\n",
        html("## Why\n\n### What the data says\n", 3));
    assertEquals("<h2 id=\"one\">One</h2>\n<h3 id=\"two\">Two</h3>\n",
        html("# One\n\n## Two\n", 2));
    assertEquals("<h3 id=\"deep\">Deep</h3>\n", html("###### Deep\n", 3));
    // Never deeper than HTML allows.
    assertEquals("<h3 id=\"a\">A</h3>\n<h6 id=\"b\">B</h6>\n", html("# A\n\n##### B\n", 3));
  }

  @Test
  void aHeadingNamedLikeAnIdOfThePageGetsTheNextFreeId() {
    assertEquals("<h3 id=\"main-1\">Main</h3>\n<h3 id=\"main-2\">Main</h3>\n"
        + "<h3 id=\"response-heading-1\">Response heading</h3>\n",
        html("## Main\n\n## Main\n\n## Response heading\n", 3));
  }

  @Test
  void theReservedIdsAreExactlyTheIdsTheTemplatesWrite() throws IOException {
    Pattern id = Pattern.compile("\\bid=\"([^\"$<]+)\"");
    Set<String> written = new TreeSet<>();
    try (Stream<Path> templates = Files.list(Path.of("templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
        Matcher found = id.matcher(Files.readString(template));
        while (found.find()) {
          written.add(found.group(1));
        }
      }
    }
    assertEquals(written, new TreeSet<>(HeadingIds.THEME_IDS));
  }
}
