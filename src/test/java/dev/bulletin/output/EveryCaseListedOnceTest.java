package dev.bulletin.output;

import dev.bulletin.testing.Sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.bench.CorpusGenerator;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published case appears exactly once at its URL, on its issue's pages and on the pages
 * of each of its keywords, countries and languages, and on its rating's pages (all pages of a
 * paginated list together).
 */
class EveryCaseListedOnceTest {
  private static final Pattern LISTING =
      Pattern.compile("((?:issues|keywords|countries|languages|ratings)/[^/]+/)(?:page/\\d+/)?"
          + "index\\.html");

  @TempDir Path temp;

  @Test
  void overTheSampleSite() {
    int cases = verify(Sample.CONTENT);
    assertTrue(cases >= 20, "sample has " + cases + " cases");
  }

  @Test
  void overAGeneratedCorpusOfTwoThousandCases() {
    Path content = temp.resolve("content");
    new CorpusGenerator(20261105L).write(content, 2000);
    assertEquals(2000, verify(content));
  }

  private int verify(Path content) {
    BuildOptions options = new BuildOptions(content, Path.of("templates"), temp.resolve("site"),
        Optional.empty(), false, false);
    MemoryPublisher sink = new MemoryPublisher();
    Site site;
    try (Bulletin bulletin = new Bulletin(temp, 2)) {
      Report report = bulletin.renderTo(options, sink);
      assertEquals(0, report.errorCount(), () -> report.diagnostics().toString());
      site = bulletin.load(options, new Diagnostics()).orElseThrow();
    }
    Map<String, byte[]> pages = sink.pages();
    String base = site.config().basePath();
    Map<String, String> titles = new HashMap<>();
    site.cases().forEach(c -> titles.put(base + c.path(), c.title()));
    Map<String, Map<String, Integer>> listed = listings(pages, titles);
    for (Case c : site.cases()) {
      String url = base + c.path();
      assertTrue(pages.containsKey(c.path() + "index.html"), "no page for " + url);
      assertListedOnce(listed, "issues/" + c.issue() + "/", url);
      assertTrue(site.config().hasScale(), "both contents have a rating scale");
      assertListedOnce(listed, c.rating().path(), url);
      for (TermKind kind : TermKind.values()) {
        List<Term> terms = c.terms(kind);
        assertTrue(!terms.isEmpty(), c.slug() + " has no " + kind);
        for (Term term : terms) {
          assertListedOnce(listed, term.path(), url);
        }
      }
    }
    return site.cases().size();
  }

  private static void assertListedOnce(Map<String, Map<String, Integer>> listed, String list,
      String url) {
    Map<String, Integer> entries = listed.getOrDefault(list, Map.of());
    assertEquals(1, entries.getOrDefault(url, 0), url + " on " + list);
  }

  /**
   * For each list (all its pages together): how many case entries link to each case URL. An
   * entry is a link that shows the case's title (not a mention in an issue's introduction),
   * counted once per list item or article however many such links it has.
   */
  private static Map<String, Map<String, Integer>> listings(Map<String, byte[]> pages,
      Map<String, String> titles) {
    Map<String, Map<String, Integer>> listed = new HashMap<>();
    pages.forEach((path, bytes) -> {
      Matcher matcher = LISTING.matcher(path);
      if (!matcher.matches()) {
        return;
      }
      Document document = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
      Element main = Optional.ofNullable(document.selectFirst("main")).orElse(document.body());
      Map<String, Set<Element>> entries = new HashMap<>();
      for (Element link : main.select("a[href]")) {
        String href = link.attr("href");
        if (titles.containsKey(href) && link.text().contains(titles.get(href))) {
          Element entry = Optional.ofNullable(link.closest("article, li")).orElse(link);
          entries.computeIfAbsent(href,
              k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(entry);
        }
      }
      Map<String, Integer> counts = listed.computeIfAbsent(matcher.group(1),
          k -> new HashMap<>());
      entries.forEach((href, set) -> counts.merge(href, set.size(), Integer::sum));
    });
    return listed;
  }
}
