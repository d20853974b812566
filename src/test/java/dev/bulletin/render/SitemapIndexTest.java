package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Site;
import dev.bulletin.output.Page;
import dev.bulletin.testing.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** More URLs than one sitemap may list are split into files under a sitemap index. */
class SitemapIndexTest {
  private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

  private static Map<String, String> pages(Supplier<List<Page>> job) {
    Map<String, String> pages = new TreeMap<>();
    job.get().forEach(page ->
        pages.put(page.path(), new String(page.bytes(), StandardCharsets.UTF_8)));
    return pages;
  }

  private static List<String> locs(String xml) {
    List<String> locs = new ArrayList<>();
    Matcher found = LOC.matcher(xml);
    while (found.find()) {
      locs.add(found.group(1));
    }
    return locs;
  }

  @Test
  void aSitemapOverTheLimitBecomesAnIndexOfFilesThatListEveryUrlOnce() {
    Path root = Path.of("").toAbsolutePath();
    BuildOptions options = new BuildOptions(root.resolve(Sample.CONTENT),
        root.resolve("templates"), root.resolve("site"), Optional.empty(), false, false);
    Site site;
    try (Bulletin bulletin = new Bulletin(root)) {
      site = bulletin.load(options, new Diagnostics()).orElseThrow();
    }
    PageContext context = new PageContext(site, new TemplateEngine(root.resolve("templates")),
        Map.of());
    Map<String, String> whole = pages(SitemapPages.sitemaps(context));
    assertEquals(List.of("sitemap.xml"), List.copyOf(whole.keySet()));
    List<String> all = locs(whole.get("sitemap.xml"));
    assertEquals(SitemapPages.entries(context).stream().map(SitemapWriter.Entry::url).toList(),
        all);
    assertTrue(all.size() > 20, "the sample must need several files of 10");

    Map<String, String> split = pages(SitemapPages.sitemaps(context, 10));
    String base = site.config().baseUrl().resolve("");
    int files = (all.size() + 9) / 10;
    List<String> parts = new ArrayList<>();
    for (int i = 1; i <= files; i++) {
      parts.add(base + "sitemap-" + i + ".xml");
    }
    String index = split.get("sitemap.xml");
    assertEquals(parts, locs(index));
    assertTrue(index.contains("<sitemapindex xmlns=\"" + SitemapWriter.NAMESPACE + "\">"),
        index);
    List<String> listed = new ArrayList<>();
    for (int i = 1; i <= files; i++) {
      List<String> part = locs(split.get("sitemap-" + i + ".xml"));
      assertEquals(i < files ? 10 : all.size() - 10 * (files - 1), part.size());
      listed.addAll(part);
    }
    assertEquals(all, listed);
    assertEquals(files + 1, split.size(), split.keySet().toString());
  }
}
