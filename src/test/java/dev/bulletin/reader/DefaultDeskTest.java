package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml's `defaultAuthor` signs unsigned cases; an author's `avatar` shows on its page. */
class DefaultDeskTest {
  private static final String UNSIGNED = "cases/crocus-attack-organised-by-ukraine-west/index.html";

  @Test
  void theDefaultDeskSignsUnsignedCasesAndTheAvatarShows(@TempDir Path temp) throws IOException {
    Path before = SampleSite.output();
    assertTrue(Jsoup.parse(SampleSite.read(before, UNSIGNED)).select(".byline").isEmpty(),
        "the case is unsigned in the sample");

    Path content = SampleSite.copyContent(temp.resolve("content"));
    Files.writeString(content.resolve("site.yml"),
        Files.readString(content.resolve("site.yml")) + "defaultAuthor: east-desk\n");
    Path authors = content.resolve("authors.yml");
    Files.writeString(authors, Files.readString(authors)
        .replace("- id: east-desk\n", "- id: east-desk\n  avatar: media/east.png\n"));
    Files.createDirectories(content.resolve("media"));
    Files.write(content.resolve("media/east.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path site = SampleSite.build(content, temp.resolve("site"));

    Element byline = Jsoup.parse(SampleSite.read(site, UNSIGNED)).selectFirst(".byline h2 a");
    assertNotNull(byline, "the unsigned case gets the default desk's byline");
    assertEquals("/bulletin/authors/east-desk/", byline.attr("href"));
    Document desk = Jsoup.parse(SampleSite.read(site, "authors/east-desk/index.html"));
    assertFalse(desk.select("a[href=/bulletin/cases/crocus-attack-organised-by-ukraine-west/]")
        .isEmpty(), "the desk's page lists the case");
    Element avatar = desk.selectFirst("img.avatar");
    assertNotNull(avatar);
    assertEquals("/bulletin/media/east.png", avatar.attr("src"));
    assertEquals("", avatar.attr("alt"));
    assertTrue(Files.exists(site.resolve("media/east.png")));
  }
}
