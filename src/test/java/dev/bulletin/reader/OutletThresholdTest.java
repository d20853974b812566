package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outletPageMin} in site.yml decides which outlets get a page, a feed and a link. */
class OutletThresholdTest {
  @Test
  void onlyOutletsWithAtLeastOutletPageMinCasesGetAPage(@TempDir Path temp) throws IOException {
    Path content = SampleSite.copyContent(temp.resolve("content"));
    Path siteYml = content.resolve("site.yml");
    Files.writeString(siteYml, Files.readString(siteYml) + "outletPageMin: 3\n");
    Path site = SampleSite.build(content, temp.resolve("site"));
    // In the sample, RIA Novosti carried four cases, RT three and News Front two.
    assertTrue(Files.isRegularFile(site.resolve("outlets/ria-novosti/index.html")));
    assertTrue(Files.isRegularFile(site.resolve("outlets/rt/feed.xml")));
    assertFalse(Files.exists(site.resolve("outlets/news-front")), "two is under three");
    Document index = Jsoup.parse(SampleSite.read(site, "outlets/index.html"));
    assertTrue(index.selectFirst("p.lede").text().contains("Outlets with 3 or more cases"),
        index.selectFirst("p.lede").text());
    List<String> linked = index.select("ul.term-list a").eachText();
    assertEquals(List.of("RIA Novosti", "RT"), linked);
    assertFalse(SampleSite.read(site, "sitemap.xml").contains("outlets/news-front/"));
  }
}
