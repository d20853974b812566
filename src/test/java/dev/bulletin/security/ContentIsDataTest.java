package dev.bulletin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.output.MemoryPublisher;
import dev.bulletin.validate.ContentFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every field and body of the content ends up on the pages literally: it is
 * never evaluated as a template, never becomes markup and cannot end a script element.
 */
class ContentIsDataTest {
  static final String EXPRESSION = "${7*7}";
  static final String EVALUATED_PROBE = "${\"pwn\"+\"ed\"}";
  static final String DIRECTIVE = "<#assign x=1>";
  static final String SQUARE = "[=x]";
  static final String SCRIPT_END = "</script><script>alert(1)</script>";
  static final String ALL = EXPRESSION + " " + EVALUATED_PROBE + " " + DIRECTIVE + " " + SQUARE
      + " " + SCRIPT_END;

  @TempDir static Path temp;
  static Map<String, byte[]> site;

  @BeforeAll
  static void buildHostileSite() throws IOException {
    Path content = ContentFixtures.invalidContent("_none", temp);
    String yamlAll = "'" + ALL.replace("'", "''") + "'";
    Files.writeString(content.resolve("site.yml"), """
        title: %1$s
        baseUrl: https://example.org/bulletin/
        language: en
        description: %1$s
        publisher:
          name: %1$s
          url: https://example.org/
        verdict: %1$s
        """.formatted(yamlAll));
    Files.writeString(content.resolve("keywords.yml"), """
        - name: NATO
          description: %1$s
        - name: Elections
        - name: %2$s
          description: %1$s
          slug: template-text
        """.formatted(yamlAll, "'" + EXPRESSION + " " + DIRECTIVE + "'"));
    Files.writeString(content.resolve("authors.yml"), """
        - id: east-desk
          name: %1$s
          bio: %1$s
        """.formatted(yamlAll));
    Files.writeString(content.resolve("issues/1.md"), """
        ---
        number: 1
        date: 2026-01-08
        title: %1$s
        summary: %1$s
        ---
        %2$s
        """.formatted(yamlAll, ALL));
    Files.writeString(content.resolve("cases/2026/nato-base.md"), """
        ---
        title: %1$s
        issue: 1
        date: 2026-01-05
        languages: [Russian, '%3$s']
        countries: [Armenia, '%4$s']
        keywords: [NATO, Elections, '%5$s']
        author: east-desk
        warning: %1$s
        sources:
          - outlet: %1$s
            url: https://example.com/article?q=%6$s
        claim: %1$s
        ---
        %2$s

        `%2$s`

            %2$s

        [%2$s](https://example.com/ "%2$s") ![%2$s](a.png)
        """.formatted(yamlAll, ALL, SQUARE, DIRECTIVE, EXPRESSION + " " + DIRECTIVE,
            "%24%7B7*7%7D"));
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(content.resolve("pages/about.md"), """
        ---
        title: %1$s
        ---
        %2$s
        """.formatted(yamlAll, ALL));
    MemoryPublisher sink = new MemoryPublisher();
    try (Bulletin bulletin = new Bulletin(temp, 2)) {
      Report report = bulletin.renderTo(new BuildOptions(content, Path.of("templates"),
          temp.resolve("site"), Optional.empty(), false, false), sink);
      assertEquals(0, report.errorCount(), () -> report.diagnostics().toString());
    }
    site = sink.pages();
  }

  private static Document page(String path) {
    byte[] bytes = site.get(path);
    assertTrue(bytes != null, "no page " + path + " in " + site.keySet());
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void noTemplateTextIsEverEvaluated() {
    site.forEach((path, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertFalse(text.contains("pwned"), path);
      assertFalse(text.contains("49"), path);
    });
  }

  @Test
  void templateTextAppearsLiterallyOnTheCasePage() {
    Document page = page("cases/nato-base/index.html");
    String text = page.body().text();
    assertTrue(page.select("h1").text().contains(ALL), page.select("h1").text());
    int occurrences = text.split(java.util.regex.Pattern.quote(ALL), -1).length - 1;
    // title, warning, claim, the body's paragraph, inline code and code block, source outlet
    assertTrue(occurrences >= 7, "found " + occurrences + " in " + text);
    assertTrue(page.select("pre code").text().contains(ALL));
    assertTrue(text.contains(SQUARE) && text.contains(DIRECTIVE) && text.contains(EXPRESSION));
  }

  @Test
  void templateTextAppearsLiterallyOnIssueTermAndFreePages() {
    assertTrue(page("issues/1/index.html").body().text().contains(ALL));
    assertTrue(page("about/index.html").body().text().contains(ALL));
    assertTrue(page("keywords/template-text/index.html").select("h1").text()
        .contains(EXPRESSION + " " + DIRECTIVE));
    assertTrue(page("countries/assign-x-1/index.html").select("h1").text().contains(DIRECTIVE));
    assertTrue(page("languages/x/index.html").select("h1").text().contains(SQUARE));
    assertTrue(page("index.html").head().select("title").text().contains(ALL));
  }

  @Test
  void noHostileScriptOrHandlerReachesAnyPage() {
    site.forEach((path, bytes) -> {
      if (!path.endsWith(".html")) {
        return;
      }
      String raw = new String(bytes, StandardCharsets.UTF_8);
      assertFalse(raw.contains("<script>alert"), path);
      Document document = Jsoup.parse(raw);
      for (Element script : document.select("script")) {
        assertFalse(script.data().contains("alert(1)") && !isJson(script),
            path + ": " + script);
        assertFalse(script.data().toLowerCase().contains("</script"), path);
      }
      for (Element element : document.getAllElements()) {
        element.attributes().forEach(attribute -> assertFalse(
            attribute.getKey().startsWith("on") && attribute.getValue().contains("alert"),
            path + ": " + element));
      }
    });
  }

  /** Structured data may carry the title, but only as JSON that parses back to it. */
  private static boolean isJson(Element script) {
    if (!script.attr("type").contains("json")) {
      return false;
    }
    return JsonParser.parseString(script.data()).toString().contains("alert(1)");
  }

  @Test
  void feedsAndDataFilesStayWellFormed() throws Exception {
    for (Map.Entry<String, byte[]> entry : site.entrySet()) {
      String path = entry.getKey();
      if (path.endsWith(".json")) {
        JsonParser.parseString(new String(entry.getValue(), StandardCharsets.UTF_8));
      } else if (path.endsWith(".xml")) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(entry.getValue()));
      }
    }
  }
}
