package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import dev.bulletin.model.Case;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Site;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The compact index the search page loads: only what search needs. Cases are arrays of short
 * fields with terms as numbers into the term lists; the full text of headlines and claims is an
 * inverted index, sorted words with the case numbers that contain them, delta-encoded.
 *
 * <pre>{"keywords":[[slug,name]…], "countries":…, "languages":…, "issues":[[number,date]…],
 *  "cases":[[slug,title,date,issue,[keyword…],[country…],[language…]]…],
 *  "words":[word…], "postings":[[first,delta…]…]}</pre>
 */
public final class SearchIndexWriter {
  private SearchIndexWriter() {}

  /** One case as the index sees it. */
  private record Row(String slug, String title, LocalDate date, int issue, String claim,
      List<List<Term>> terms) {}

  /** What the index of a site is made from, and nothing else: equal inputs, equal index. */
  record Inputs(List<Row> cases, List<Issue> issues, List<List<Term>> terms) {}

  static Inputs inputs(Site site) {
    List<Row> rows = new ArrayList<>(site.cases().size());
    for (Case c : site.cases()) {
      List<List<Term>> terms = new ArrayList<>(3);
      for (TermKind kind : TermKind.values()) {
        terms.add(c.terms(kind));
      }
      rows.add(new Row(c.slug(), c.title(), c.date(), c.issue(), c.claimText(), terms));
    }
    List<List<Term>> terms = new ArrayList<>(3);
    for (TermKind kind : TermKind.values()) {
      terms.add(site.terms(kind).stream().map(TermGroup::term).toList());
    }
    return new Inputs(rows, site.issues().stream().map(IssueGroup::issue).toList(), terms);
  }

  /** The index of {@code site}'s published cases, in site order (newest first). */
  public static String write(Site site) {
    return write(site, SearchTokens::of);
  }

  /**
   * The index, with each case's words found by {@code words} (a text's distinct words as
   * {@link SearchTokens#of} finds them, perhaps remembered from an earlier build).
   */
  static String write(Site site, Function<String, Set<String>> words) {
    StringWriter out = new StringWriter(64 * 1024);
    try (JsonWriter json = new JsonWriter(out)) {
      json.beginObject();
      Map<TermKind, Map<String, Integer>> ids = new HashMap<>();
      for (TermKind kind : TermKind.values()) {
        ids.put(kind, terms(json, kind.section(), site.terms(kind)));
      }
      json.name("issues").beginArray();
      for (IssueGroup group : site.issues()) {
        json.beginArray().value(group.issue().number()).value(group.issue().date().toString())
            .endArray();
      }
      json.endArray();
      List<Case> cases = site.cases();
      json.name("cases").beginArray();
      for (Case c : cases) {
        json.beginArray().value(c.slug()).value(c.title()).value(c.date().toString())
            .value(c.issue());
        for (TermKind kind : TermKind.values()) {
          json.beginArray();
          for (Term term : c.terms(kind)) {
            json.value(ids.get(kind).get(term.slug()));
          }
          json.endArray();
        }
        json.endArray();
      }
      json.endArray();
      words(json, cases, words);
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index", e);
    }
    return out.toString();
  }

  private static Map<String, Integer> terms(JsonWriter json, String name, List<TermGroup> groups)
      throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    json.name(name).beginArray();
    for (TermGroup group : groups) {
      ids.put(group.term().slug(), ids.size());
      json.beginArray().value(group.term().slug()).value(group.term().name()).endArray();
    }
    json.endArray();
    return ids;
  }

  private static void words(JsonWriter json, List<Case> cases,
      Function<String, Set<String>> words) throws IOException {
    // Splitting text into words is most of the work and independent per case: in parallel
    // (on the caller's pool); the postings are then filled in case order.
    List<Set<String>> tokens = cases.parallelStream()
        .map(c -> words.apply(c.title() + " " + c.claimText()))
        .toList();
    Map<String, Postings> postings = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      for (String word : tokens.get(i)) {
        postings.computeIfAbsent(word, w -> new Postings()).add(i);
      }
    }
    // Java and JavaScript both order strings by UTF-16 code units, so the page can binary-search.
    List<String> sorted = new ArrayList<>(postings.keySet());
    sorted.sort(null);
    json.name("words").beginArray();
    for (String word : sorted) {
      json.value(word);
    }
    json.endArray();
    json.name("postings").beginArray();
    for (String word : sorted) {
      json.beginArray();
      int previous = 0;
      for (int id : postings.get(word).ids()) {
        json.value(id - previous);
        previous = id;
      }
      json.endArray();
    }
    json.endArray();
  }

  /** A growing list of case numbers, each added once and in increasing order. */
  private static final class Postings {
    private int[] ids = new int[4];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    int[] ids() {
      return Arrays.copyOf(ids, size);
    }
  }
}
