package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index of the search words, cut into shards: runs of the sorted words whose
 * postings together stay near {@link #TARGET_BYTES}, so a query word fetches one shard or a few
 * (all those whose run may hold a word it prefixes), never the whole index. Each shard file is
 * {@code {"words":[word…], "postings":[[entry…]…]}}, where an entry is {@code 4 × (case number
 * minus the previous entry's) + field}: the case numbers delta-encoded, with the weightiest
 * {@link SearchWords} field holding the word in the low two bits, for ranking.
 */
final class SearchShards {
  /** About 15 KB gzip per shard on generated text: small next to the 100 KB per word budget. */
  static final int TARGET_BYTES = 40_000;

  private final List<String> words;
  private final List<int[]> postings;
  private final List<Integer> starts;

  private SearchShards(List<String> words, List<int[]> postings, List<Integer> starts) {
    this.words = words;
    this.postings = postings;
    this.starts = starts;
  }

  /** The shards of the cases whose words ({@link SearchWords#of}) are given, in case order. */
  static SearchShards of(List<String> words) {
    Map<String, Postings> byWord = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      int id = i;
      SearchWords.forEach(words.get(i), (word, field) ->
          byWord.computeIfAbsent(word, w -> new Postings()).add(id * 4 + field));
    }
    // Java and JavaScript both order strings by UTF-16 code units, so the page can binary-search.
    List<String> sorted = new ArrayList<>(byWord.keySet());
    sorted.sort(null);
    List<int[]> postings = new ArrayList<>(sorted.size());
    List<Integer> starts = new ArrayList<>();
    int size = 0;
    for (int w = 0; w < sorted.size(); w++) {
      int[] ids = byWord.get(sorted.get(w)).ids();
      postings.add(ids);
      if (w == 0 || size >= TARGET_BYTES) {
        starts.add(w);
        size = 0;
      }
      size += sorted.get(w).length() + 6 + estimate(ids);
    }
    return new SearchShards(sorted, postings, starts);
  }

  /** About how many characters the encoded {@code entries} take in JSON. */
  private static int estimate(int[] entries) {
    int chars = 0;
    int previous = 0;
    for (int entry : entries) {
      chars += 1 + Integer.toString(encode(entry, previous)).length();
      previous = entry;
    }
    return chars;
  }

  /** An entry ({@code 4 × case + field}) as written after {@code previous}. */
  private static int encode(int entry, int previous) {
    return ((entry >>> 2) - (previous >>> 2)) * 4 + (entry & 3);
  }

  int count() {
    return starts.size();
  }

  /** The first word of each shard, in order: the page's table of shards. */
  List<String> firstWords() {
    return starts.stream().map(words::get).toList();
  }

  void write(JsonWriter json, int shard) throws IOException {
    int from = starts.get(shard);
    int to = shard + 1 < starts.size() ? starts.get(shard + 1) : words.size();
    json.beginObject();
    json.name("words").beginArray();
    for (int w = from; w < to; w++) {
      json.value(words.get(w));
    }
    json.endArray();
    json.name("postings").beginArray();
    for (int w = from; w < to; w++) {
      json.beginArray();
      int previous = 0;
      for (int entry : postings.get(w)) {
        json.value(encode(entry, previous));
        previous = entry;
      }
      json.endArray();
    }
    json.endArray();
    json.endObject();
  }

  /** A growing list of entries, each case added once and in increasing order. */
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
