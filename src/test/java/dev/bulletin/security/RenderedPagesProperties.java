package dev.bulletin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.output.MemoryPublisher;
import dev.bulletin.validate.ContentFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Whole sites built from hostile titles, claims, bodies and term names never contain a script
 * element or event handler that came from the content.
 */
class RenderedPagesProperties {
  private static final List<String> PIECES = List.of("<script>alert(1)</script>", "</script>",
      "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)",
      "javascript:alert(1)", "${7*7}", "<#assign x=1>", "[=x]", "<!--", "]]>", "\\u2028",
      "</title><script>alert(1)</script>", "<svg onload=alert(1)>", "&", "é", " ");

  @Property(tries = 12)
  void hostileContentNeverBecomesActiveMarkup(@ForAll("hostile") String title,
      @ForAll("hostile") String body, @ForAll("hostile") String country) throws IOException {
    Path temp = Files.createTempDirectory("bulletin-property");
    try {
      Path content = ContentFixtures.invalidContent("_none", temp);
      Path file = content.resolve("cases/2026/nato-base.md");
      String quotedTitle = "'" + title.replace("'", "''") + "'";
      String quotedCountry = "'Armenia " + country.replace("'", "''") + "'";
      Files.writeString(file, Files.readString(file)
          .replace("\"NATO is building a base\"", quotedTitle)
          .replace("[Armenia]", "[" + quotedCountry + "]")
          .replace("claim: NATO is building a secret base.", "claim: " + quotedTitle)
          .replace("No such base exists.", body + "\n\n" + title));
      MemoryPublisher sink = new MemoryPublisher();
      try (Bulletin bulletin = new Bulletin(temp, 1)) {
        Report report = bulletin.renderTo(new BuildOptions(content, Path.of("templates"),
            temp.resolve("site"), Optional.empty(), false, false), sink);
        assertEquals(0, report.errorCount(), () -> report.diagnostics().toString());
      }
      sink.pages().forEach((path, bytes) -> {
        if (path.endsWith(".html")) {
          assertNoActiveContent(path, new String(bytes, StandardCharsets.UTF_8));
        }
      });
    } finally {
      ContentFixtures.deleteTree(temp);
    }
  }

  private static void assertNoActiveContent(String path, String html) {
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script>alert"), path);
    for (Element element : Jsoup.parse(html).getAllElements()) {
      if (element.tagName().equals("script")) {
        assertFalse(element.data().contains("alert(1)") && !element.attr("type").contains("json"),
            path + ": " + element);
      }
      element.attributes().forEach(attribute -> assertFalse(
          attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
              && attribute.getValue().contains("alert"), path + ": " + element));
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5)
        .map(pieces -> "x " + String.join("", pieces));
  }
}
