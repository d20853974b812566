package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import dev.bulletin.model.Case;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Outlet;
import dev.bulletin.model.Rating;
import dev.bulletin.model.Site;
import dev.bulletin.model.Slugs;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The chunked index the search page loads piece by piece, as files under {@code search/}:
 *
 * <ul>
 *   <li>{@code manifest.json}, loaded first: the term, issue and rating lists, and for every
 *       case in site order what the facets need (its day, issue, term numbers and rating), plus
 *       the first word of each word shard:
 *       <pre>{"count":n, "chunk":10, "keywords":[[slug,name,[alias…]?]…], "countries":…,
 *  "languages":…, "ratings":[[slug,name]…] (the scale, worst first; the verdict alone when the
 *  site has none), "issues":[[number,date]…], "days":[first epoch day, then previous minus this…],
 *  "issue":[first issue, then previous minus this…],
 *  "terms":{"keywords":[[id…] per case…], "countries":…, "languages":…, "ratings":…},
 *  "shards":[first word…]}</pre>
 *       Every list named in {@code terms} is a facet, and its names (and aliases) are searched:
 *       the page matches query words against them here rather than through the word shards.
 *       {@code terms.ratings} (each case's place on the scale) is there only when the site has
 *       a scale; without one every case has the verdict, rating 0, and there is nothing to
 *       filter by. The page puts each case's rating name before its headline.
 *   <li>{@code outlets.json}, loaded after the first results: the outlet facet,
 *       {@code {"outlets":[[slug,name]…] (most cases first), "cases":[[id…] per case…]}}; the
 *       outlets' names are searched through the word shards already;
 *   <li>{@code words/N.json}, fetched for the words typed: a run of the sorted words with the
 *       cases and fields containing them ({@link SearchShards}, {@link SearchWords});
 *   <li>{@code cases/N.json}, fetched for the results shown: cases {@code N*chunk} onwards as
 *       {@code [[slug,headline,summary,claim]…]}, the last two shortened, for the snippets.
 * </ul>
 */
public final class SearchIndexWriter {
  /**
   * Cases per file of details: small, as the first results, ranked by relevance, spread over
   * many; each file costs little more than its own rows.
   */
  static final int CHUNK = 10;
  /** Characters of the summary and of the claim a result shows, as snippets. */
  static final int SNIPPET = 160;

  private SearchIndexWriter() {}

  /** One case as the index sees it. */
  // The texts as the case holds them, not joined: the preview compares rows every edit, and
  // the case's own strings compare and hash at once.
  private record Row(String slug, String title, LocalDate date, int issue, String claim,
      String summary, String response, List<Source> sources, List<List<Term>> terms,
      Rating rating) {}

  /** What the index of a site is made from, and nothing else: equal inputs, equal index. */
  record Inputs(List<Row> cases, List<Issue> issues, List<List<Term>> terms,
      List<Rating> scale) {}

  static Inputs inputs(Site site) {
    List<Row> rows = new ArrayList<>(site.cases().size());
    for (Case c : site.cases()) {
      List<List<Term>> terms = new ArrayList<>(3);
      for (TermKind kind : TermKind.values()) {
        terms.add(c.terms(kind));
      }
      rows.add(new Row(c.slug(), c.title(), c.date(), c.issue(), c.claimText(), c.summary(),
          c.responseText(), c.sources(), terms, c.rating()));
    }
    List<List<Term>> terms = new ArrayList<>(3);
    for (TermKind kind : TermKind.values()) {
      terms.add(site.terms(kind).stream().map(TermGroup::term).toList());
    }
    return new Inputs(rows, site.issues().stream().map(IssueGroup::issue).toList(), terms,
        site.config().scale());
  }

  /** The words search finds a case by, by field ({@link SearchWords}). */
  public static String searchWords(Case c) {
    return SearchWords.of(c.title(), c.summary(), c.claimText(), c.responseText(), c.sources());
  }

  /** The index files of {@code site}'s published cases, by path under {@code search/}. */
  public static SortedMap<String, String> write(Site site) {
    return write(site, SearchIndexWriter::searchWords);
  }

  /**
   * The index files, with each case's words found by {@code words} ({@link #searchWords},
   * perhaps remembered from an earlier build).
   */
  static SortedMap<String, String> write(Site site, Function<Case, String> words) {
    List<Case> cases = site.cases();
    // Splitting text into words is most of the work and independent per case: in parallel
    // (on the caller's pool).
    List<String> tokens = cases.parallelStream()
        .map(words)
        .toList();
    SearchShards shards = SearchShards.of(tokens);
    SortedMap<String, String> files = new TreeMap<>();
    files.put("manifest.json", json(out -> manifest(out, site, shards.firstWords())));
    files.put("outlets.json", json(out -> outlets(out, cases)));
    for (int i = 0; i < shards.count(); i++) {
      int shard = i;
      files.put("words/" + i + ".json", json(out -> shards.write(out, shard)));
    }
    for (int from = 0; from < cases.size(); from += CHUNK) {
      List<Case> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
      files.put("cases/" + from / CHUNK + ".json",
          json(out -> details(out, chunk)));
    }
    return files;
  }

  private interface Body {
    void write(JsonWriter json) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter(16 * 1024);
    try (JsonWriter json = new JsonWriter(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
    return out.toString();
  }

  private static void manifest(JsonWriter json, Site site, List<String> shards)
      throws IOException {
    List<Case> cases = site.cases();
    json.beginObject();
    json.name("count").value(cases.size());
    json.name("chunk").value(CHUNK);
    Map<TermKind, Map<String, Integer>> ids = new HashMap<>();
    for (TermKind kind : TermKind.values()) {
      ids.put(kind, terms(json, kind.section(), site.terms(kind)));
    }
    List<Rating> scale = site.config().scale();
    json.name("ratings").beginArray();
    for (Rating rating : scale) {
      json.beginArray().value(rating.slug()).value(rating.name()).endArray();
    }
    json.endArray();
    json.name("issues").beginArray();
    for (IssueGroup group : site.issues()) {
      json.beginArray().value(group.issue().number()).value(group.issue().date().toString())
          .endArray();
    }
    json.endArray();
    // Site order is newest first, so days and issues shrink slowly: small positive steps.
    json.name("days").beginArray();
    long day = 0;
    for (int i = 0; i < cases.size(); i++) {
      long next = cases.get(i).date().toEpochDay();
      json.value(i == 0 ? next : day - next);
      day = next;
    }
    json.endArray();
    json.name("issue").beginArray();
    int issue = 0;
    for (int i = 0; i < cases.size(); i++) {
      json.value(i == 0 ? cases.get(i).issue() : issue - cases.get(i).issue());
      issue = cases.get(i).issue();
    }
    json.endArray();
    json.name("terms").beginObject();
    for (TermKind kind : TermKind.values()) {
      json.name(kind.section()).beginArray();
      for (Case c : cases) {
        json.beginArray();
        for (Term term : c.terms(kind)) {
          json.value(ids.get(kind).get(term.slug()));
        }
        json.endArray();
      }
      json.endArray();
    }
    if (site.config().hasScale()) {
      json.name("ratings").beginArray();
      for (Case c : cases) {
        json.beginArray().value(c.rating().rank()).endArray();
      }
      json.endArray();
    }
    json.endObject();
    json.name("shards").beginArray();
    for (String word : shards) {
      json.value(word);
    }
    json.endArray();
    json.endObject();
  }

  /**
   * The outlet facet, apart from the manifest since a real archive names thousands of outlets:
   * the outlets, busiest first (the top of the facet, and short numbers for the outlets most
   * cases name), and each case's outlet numbers in site order.
   */
  private static void outlets(JsonWriter json, List<Case> cases) throws IOException {
    List<Outlet<Case>> outlets = new ArrayList<>(Outlet.of(cases, Case::sources));
    outlets.sort(Comparator.comparingInt((Outlet<Case> o) -> -o.items().size()));
    Map<String, Integer> ids = new HashMap<>();
    json.beginObject();
    json.name("outlets").beginArray();
    for (Outlet<Case> outlet : outlets) {
      ids.put(outlet.slug(), ids.size());
      json.beginArray().value(outlet.slug()).value(outlet.name()).endArray();
    }
    json.endArray();
    json.name("cases").beginArray();
    // The same spellings recur on thousands of cases: each is slugged once.
    Map<String, Integer> bySpelling = new HashMap<>();
    for (Case c : cases) {
      json.beginArray();
      // A case naming one outlet twice (two articles) lists it once, as Outlet.of counts it.
      c.sources().stream()
          .map(s -> bySpelling.computeIfAbsent(s.outlet(),
              spelling -> ids.getOrDefault(Slugs.of(spelling.strip()), -1)))
          .filter(id -> id >= 0).distinct().forEach(id -> value(json, id));
      json.endArray();
    }
    json.endArray();
    json.endObject();
  }

  private static Map<String, Integer> terms(JsonWriter json, String name, List<TermGroup> groups)
      throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    json.name(name).beginArray();
    for (TermGroup group : groups) {
      ids.put(group.term().slug(), ids.size());
      json.beginArray().value(group.term().slug()).value(group.term().name());
      if (!group.term().aliases().isEmpty()) {
        json.beginArray();
        for (String alias : group.term().aliases()) {
          json.value(alias);
        }
        json.endArray();
      }
      json.endArray();
    }
    json.endArray();
    return ids;
  }

  private static void details(JsonWriter json, List<Case> chunk) throws IOException {
    json.beginArray();
    for (Case c : chunk) {
      // The date, issue and rating are in the manifest already.
      json.beginArray().value(c.slug()).value(c.title())
          .value(Excerpts.of(c.summary(), SNIPPET)).value(Excerpts.of(c.claimText(), SNIPPET))
          .endArray();
    }
    json.endArray();
  }

  private static void value(JsonWriter json, int id) {
    try {
      json.value(id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
  }
}
