package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Measures what a reader of a generated bulletin of 20,000 cases (headlines, claims, summaries
 * and responses of 200–400 words drawn from a Zipf-distributed vocabulary, as natural text is)
 * transfers through the chunked search index:
 * the manifest, then for each query word the shards it needs and the chunks of case details for
 * the first results shown, all gzipped as a server sends them. The figures go to
 * {@code target/search-index-20000.txt}; README quotes them.
 */
class SearchIndexSizeTest {
  static final int CASES = 20_000;
  static final int FIRST_RESULT_BUDGET = 300_000;
  static final int PER_WORD_BUDGET = 100_000;
  /** Results the page shows at first (search.js PAGE). */
  static final int SHOWN = 20;

  @Test
  void aReaderTransfersLittleBeforeTheFirstResultAndPerWord() throws IOException {
    Site site = GeneratedSite.generate(CASES, new Random(20_000));
    SortedMap<String, String> files = SearchIndexWriter.write(site);
    JsonObject manifest = JsonParser.parseString(files.get("manifest.json")).getAsJsonObject();
    assertEquals(CASES, manifest.get("count").getAsInt());
    List<String> table = manifest.getAsJsonArray("shards").asList().stream()
        .map(JsonElement::getAsString).toList();
    // Words of the corpus by how many cases hold them: the commonest, a middling and a rare one.
    Map<String, Integer> frequency = new TreeMap<>();
    for (Case c : site.cases()) {
      SearchWords.forEach(SearchIndexWriter.searchWords(c),
          (w, field) -> frequency.merge(w, 1, Integer::sum));
    }
    List<String> byFrequency = new ArrayList<>(frequency.keySet());
    byFrequency.sort(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w));
    StringBuilder report = new StringBuilder();
    long manifestGzip = gzip(files.get("manifest.json"));
    long total = 0;
    for (String file : files.values()) {
      total += gzip(file);
    }
    report.append(String.format(Locale.ROOT,
        "search/ at %d cases: %d files, %d bytes gzip in all; manifest.json %d bytes, %d gzip;"
            + " %d word shards; outlets.json (fetched after the first results) %d gzip%n",
        CASES, files.size(), total, files.get("manifest.json").length(), manifestGzip,
        table.size(), gzip(files.get("outlets.json"))));
    long worstFirst = 0;
    long worstSecond = 0;
    List<String> firsts = List.of(byFrequency.get(0), byFrequency.get(byFrequency.size() / 50),
        firstWithAbout(byFrequency, frequency, 40));
    List<String> seconds = List.of(byFrequency.get(3), byFrequency.get(byFrequency.size() / 20));
    for (String first : firsts) {
      for (String second : seconds) {
        Reader reader = new Reader(files, table);
        long one = manifestGzip + reader.search(first);
        long two = reader.search(first + " " + second);
        worstFirst = Math.max(worstFirst, one);
        worstSecond = Math.max(worstSecond, two);
        report.append(String.format(Locale.ROOT,
            "\"%s\" (%d cases): %d bytes gzip to the first results; then \"%s\" (%d cases):"
                + " %d more%n",
            first, frequency.get(first), one, second, frequency.get(second), two));
      }
    }
    String text = report.toString();
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "search-index-20000.txt"), text);
    assertTrue(worstFirst < FIRST_RESULT_BUDGET, text);
    assertTrue(worstSecond < PER_WORD_BUDGET, text);
  }

  private static String firstWithAbout(List<String> byFrequency, Map<String, Integer> frequency,
      int cases) {
    return byFrequency.stream().filter(w -> frequency.get(w) <= cases).findFirst().orElseThrow();
  }

  static long gzip(String text) throws IOException {
    if (text == null) {
      return 0;
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return zipped.size();
  }

  /** Fetches files as search.js does, counting the gzip bytes of those not fetched before. */
  private static final class Reader {
    private final Map<String, String> files;
    private final List<String> table;
    private final Set<String> fetched = new HashSet<>();

    Reader(Map<String, String> files, List<String> table) {
      this.files = files;
      this.table = table;
    }

    long search(String query) throws IOException {
      long bytes = 0;
      Set<Integer> matches = null;
      for (String word : SearchTokens.ofUnicode(query)) {
        Set<Integer> hits = new TreeSet<>();
        int first = Math.max(0, lowerBound(word) - 1);
        if (first + 1 < table.size() && table.get(first + 1).equals(word)) {
          first++;
        }
        for (int i = first; i < table.size() && (i == first || table.get(i).startsWith(word));
            i++) {
          bytes += fetch("words/" + i + ".json");
          JsonObject shard = JsonParser.parseString(files.get("words/" + i + ".json"))
              .getAsJsonObject();
          JsonArray list = shard.getAsJsonArray("words");
          for (int w = 0; w < list.size(); w++) {
            if (list.get(w).getAsString().startsWith(word)) {
              int id = 0;
              for (JsonElement entry : shard.getAsJsonArray("postings").get(w).getAsJsonArray()) {
                id += entry.getAsInt() >> 2;
                hits.add(id);
              }
            }
          }
        }
        if (matches == null) {
          matches = hits;
        } else {
          matches.retainAll(hits);
        }
      }
      // Ranked by relevance, the first results may come from anywhere: take them spread
      // evenly over the matches, the most chunks they could need.
      List<Integer> all = new ArrayList<>(matches);
      int shown = Math.min(SHOWN, all.size());
      for (int k = 0; k < shown; k++) {
        int id = all.get((int) ((long) k * all.size() / shown));
        bytes += fetch("cases/" + id / SearchIndexWriter.CHUNK + ".json");
      }
      return bytes;
    }

    private int lowerBound(String word) {
      int lo = 0;
      int hi = table.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (table.get(mid).compareTo(word) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private long fetch(String path) throws IOException {
      return fetched.add(path) ? gzip(files.get(path)) : 0;
    }
  }
}
