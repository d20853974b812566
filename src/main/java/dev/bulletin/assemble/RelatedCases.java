package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for every case, the cases sharing the most keywords, through an inverted keyword index
 * rather than by comparing every pair. Ties go to the newer case, so results are stable.
 *
 * <p>Keyword use is skewed: the commonest keyword may sit on most cases, so counting every case
 * on every shared posting list would cost O(n²). Instead the posting lists of a case's keywords
 * are walked together in site order (newest first), and once five cases are found, any case met
 * later must share strictly more keywords than the weakest of them to get in (it loses ties).
 * A case on fewer lists than that can be skipped without looking at it, so the walk jumps
 * through long lists by binary search (the WAND technique of search engines). The result is
 * exactly the one of the exhaustive count.
 */
final class RelatedCases {
  static final int LIMIT = 5;

  private RelatedCases() {}

  /** {@code cases} must be in site order (newest first); returns related cases by slug. */
  static Map<String, List<Case>> of(List<Case> cases) {
    Map<String, int[]> postings = postings(cases);
    Map<String, List<Case>> related = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      List<Term> keywords = cases.get(i).keywords();
      int[][] lists = new int[keywords.size()][];
      for (int k = 0; k < lists.length; k++) {
        lists[k] = postings.get(keywords.get(k).slug());
      }
      int[] top = best(i, lists);
      List<Case> result = new ArrayList<>(top.length);
      for (int index : top) {
        result.add(cases.get(index));
      }
      related.put(cases.get(i).slug(), result);
    }
    return related;
  }

  /** For each keyword slug, the positions of its cases in ascending order. */
  private static Map<String, int[]> postings(List<Case> cases) {
    Map<String, int[]> lists = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (Case c : cases) {
      for (Term keyword : c.keywords()) {
        sizes.merge(keyword.slug(), 1, Integer::sum);
      }
    }
    sizes.forEach((slug, size) -> lists.put(slug, new int[size]));
    Map<String, Integer> filled = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      for (Term keyword : cases.get(i).keywords()) {
        int at = filled.merge(keyword.slug(), 1, Integer::sum) - 1;
        lists.get(keyword.slug())[at] = i;
      }
    }
    return lists;
  }

  /**
   * The positions of the at most {@link #LIMIT} cases other than {@code self} that appear on the
   * most of {@code lists} (distinct ascending arrays), fewer lists after more, and earlier
   * positions first on ties.
   */
  static int[] best(int self, int[][] lists) {
    int m = lists.length;
    int[] pointer = new int[m];
    int[] order = new int[m];
    int[] topCase = new int[LIMIT];
    int[] topShared = new int[LIMIT];
    int size = 0;
    while (true) {
      // Candidates met from now on come later, so they must beat the weakest kept strictly.
      int need = size < LIMIT ? 1 : topShared[LIMIT - 1] + 1;
      int live = 0;
      for (int k = 0; k < m; k++) {
        if (pointer[k] < lists[k].length) {
          order[live++] = k;
        }
      }
      if (live < need) {
        break;
      }
      sortByCurrent(order, live, lists, pointer);
      int pivot = lists[order[need - 1]][pointer[order[need - 1]]];
      if (lists[order[0]][pointer[order[0]]] == pivot) {
        int shared = 0;
        for (int o = 0; o < live; o++) {
          int k = order[o];
          if (lists[k][pointer[k]] == pivot) {
            shared++;
            pointer[k]++;
          }
        }
        if (pivot != self) {
          size = insert(topCase, topShared, size, pivot, shared);
        }
      } else {
        // Cases before the pivot are on fewer than `need` lists: skip them unseen.
        for (int o = 0; o < need - 1; o++) {
          int k = order[o];
          pointer[k] = lowerBound(lists[k], pointer[k], pivot);
        }
      }
    }
    return Arrays.copyOf(topCase, size);
  }

  private static int insert(int[] topCase, int[] topShared, int size, int candidate,
      int shared) {
    int position = size;
    while (position > 0 && topShared[position - 1] < shared) {
      position--;
    }
    if (position >= LIMIT) {
      return size;
    }
    int end = Math.min(size, LIMIT - 1);
    System.arraycopy(topCase, position, topCase, position + 1, end - position);
    System.arraycopy(topShared, position, topShared, position + 1, end - position);
    topCase[position] = candidate;
    topShared[position] = shared;
    return Math.min(size + 1, LIMIT);
  }

  private static void sortByCurrent(int[] order, int live, int[][] lists, int[] pointer) {
    for (int a = 1; a < live; a++) {
      int k = order[a];
      int value = lists[k][pointer[k]];
      int b = a - 1;
      while (b >= 0 && lists[order[b]][pointer[order[b]]] > value) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = k;
    }
  }

  /** The first index at or after {@code from} whose value is at least {@code target}. */
  private static int lowerBound(int[] list, int from, int target) {
    int step = 1;
    int low = from;
    int high = from;
    // Gallop first: skips are usually short, and a full binary search would not know it.
    while (high < list.length && list[high] < target) {
      low = high + 1;
      high = from + step;
      step <<= 1;
    }
    high = Math.min(high, list.length);
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (list[mid] < target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
