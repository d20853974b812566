package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for every case, the cases sharing the most keywords, through an inverted keyword index
 * rather than by comparing every pair. Ties go to the newer case, so results are stable.
 */
final class RelatedCases {
  static final int LIMIT = 5;

  private RelatedCases() {}

  /** {@code cases} must be in site order (newest first); returns related cases by slug. */
  static Map<String, List<Case>> of(List<Case> cases) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      for (Term keyword : cases.get(i).keywords()) {
        postings.computeIfAbsent(keyword.slug(), k -> new ArrayList<>()).add(i);
      }
    }
    int[] shared = new int[cases.size()];
    int[] touched = new int[cases.size()];
    Map<String, List<Case>> related = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      int touchedCount = 0;
      for (Term keyword : cases.get(i).keywords()) {
        for (int other : postings.get(keyword.slug())) {
          if (other != i && shared[other]++ == 0) {
            touched[touchedCount++] = other;
          }
        }
      }
      related.put(cases.get(i).slug(), best(cases, shared, touched, touchedCount));
    }
    return related;
  }

  private static List<Case> best(List<Case> cases, int[] shared, int[] touched, int count) {
    int[] top = new int[LIMIT];
    int size = 0;
    for (int t = 0; t < count; t++) {
      int candidate = touched[t];
      int position = size;
      while (position > 0 && better(candidate, top[position - 1], shared)) {
        position--;
      }
      if (position < LIMIT) {
        int end = Math.min(size, LIMIT - 1);
        System.arraycopy(top, position, top, position + 1, end - position);
        top[position] = candidate;
        size = Math.min(size + 1, LIMIT);
      }
    }
    List<Case> result = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      result.add(cases.get(top[k]));
    }
    for (int t = 0; t < count; t++) {
      shared[touched[t]] = 0;
    }
    return result;
  }

  private static boolean better(int a, int b, int[] shared) {
    return shared[a] > shared[b] || (shared[a] == shared[b] && a < b);
  }
}
