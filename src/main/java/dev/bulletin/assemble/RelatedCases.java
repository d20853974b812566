package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Finds, for every case, the cases sharing the most keywords with it, each shared keyword weighed
 * by its rarity, through an inverted keyword index rather than by comparing every pair. Ties go
 * to the newer case, so results are stable.
 *
 * <p>Why rarity: the commonest keyword may sit on most cases, so counting shared keywords alone
 * gives two unrelated cases the same list, made of whatever shares the common ones. A keyword's
 * weight is its inverse document frequency, {@code ln(1 + n / cases tagged with it)}, as whole
 * numbers (×64, at least 1) so sums are exact and the order never depends on rounding: at 20,000
 * cases a keyword on one case weighs 634 and one on 60 % of them 63.
 *
 * <p>Keyword use is skewed, so adding up every case on every shared posting list costs O(n²)
 * with a large constant. Instead, for each case, the posting lists of its keywords are kept as
 * bit sets and the cases on them counted 64 at a time with a bit-sliced adder, in site order.
 * A case on c of the lists weighs at most the c heaviest of them, so once five cases are kept
 * only cases on enough lists to beat the weakest of them are weighed exactly. That is still
 * n²/64 word operations in the worst case, but a few milliseconds per 1,000 cases at 20,000
 * cases on one core. Keywords beyond 15 on one case (the adder's capacity) are weighed case by
 * case instead. The result is exactly that of the exhaustive sum.
 */
final class RelatedCases {
  static final int LIMIT = 5;

  private RelatedCases() {}

  /** {@code cases} must be in site order (newest first); returns related cases by slug. */
  static Map<String, List<Case>> of(List<Case> cases, ForkJoinPool pool) {
    return bySlug(cases, positions(cases, pool));
  }

  /** Related cases by slug, from the positions {@link #positions} found. */
  static Map<String, List<Case>> bySlug(List<Case> cases, int[][] positions) {
    Map<String, List<Case>> bySlug = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Case[] related = new Case[positions[i].length];
      for (int k = 0; k < related.length; k++) {
        related[k] = cases.get(positions[i][k]);
      }
      bySlug.put(cases.get(i).slug(), List.of(related));
    }
    return bySlug;
  }

  /**
   * For each case, the positions of its related cases. They depend only on each case's keywords
   * and the order of the cases, which is what the preview compares to reuse them.
   */
  static int[][] positions(List<Case> cases, ForkJoinPool pool) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] keywordsOf = new int[cases.size()][];
    for (int i = 0; i < cases.size(); i++) {
      List<Term> keywords = cases.get(i).keywords();
      keywordsOf[i] = new int[keywords.size()];
      for (int k = 0; k < keywordsOf[i].length; k++) {
        Integer next = ids.size();
        Integer id = ids.putIfAbsent(keywords.get(k).slug(), next);
        keywordsOf[i][k] = id == null ? next : id;
      }
    }
    int[][] postings = postings(keywordsOf, ids.size());
    long[][] bits = new long[postings.length][];
    for (int id = 0; id < postings.length; id++) {
      bits[id] = bitsOf(postings[id], cases.size());
    }
    // One finder per worker: the scratch arrays are per case count, so not one per task.
    int workers = Math.max(1, Math.min(pool.getParallelism(), cases.size() / 512));
    int[][] related = new int[cases.size()][];
    pool.submit(() -> IntStream.range(0, workers).parallel().forEach(worker -> {
      Finder finder = new Finder(keywordsOf, postings, bits, 0);
      for (int i = worker; i < cases.size(); i += workers) {
        related[i] = finder.best(i);
      }
    })).join();
    return related;
  }

  private static long[] bitsOf(int[] posting, int cases) {
    long[] set = new long[(cases + 63) / 64];
    for (int other : posting) {
      set[other >>> 6] |= 1L << (other & 63);
    }
    return set;
  }

  /** For each keyword id, the positions of its cases in ascending order. */
  static int[][] postings(int[][] keywordsOf, int keywords) {
    int[] sizes = new int[keywords];
    for (int[] ids : keywordsOf) {
      for (int id : ids) {
        sizes[id]++;
      }
    }
    int[][] lists = new int[keywords][];
    for (int id = 0; id < keywords; id++) {
      lists[id] = new int[sizes[id]];
    }
    int[] filled = new int[keywords];
    for (int i = 0; i < keywordsOf.length; i++) {
      for (int id : keywordsOf[i]) {
        lists[id][filled[id]++] = i;
      }
    }
    return lists;
  }

  /** The weight of a keyword on {@code tagged} of {@code cases} cases (see the class comment). */
  static int weight(int tagged, int cases) {
    return Math.max(1, (int) Math.round(64 * Math.log(1 + (double) cases / tagged)));
  }

  /** Finds related cases one case at a time, reusing its scratch arrays (not thread-safe). */
  static final class Finder {
    private final int[][] keywordsOf;
    private final int[][] postings;
    private final int[] weights;
    private final int longList;
    private final long[][] bits;
    private final int[] seenBy;
    private final boolean[] mine;
    private final int[] topCase = new int[LIMIT];
    private final int[] topShared = new int[LIMIT];
    private int size;

    /**
     * Posting lists longer than {@code longList} entries are scanned as {@code bits}, the
     * others scored case by case; {@code bits} may hold nulls, filled when first needed.
     */
    Finder(int[][] keywordsOf, int[][] postings, long[][] bits, int longList) {
      this.keywordsOf = keywordsOf;
      this.postings = postings;
      this.longList = longList;
      this.bits = bits;
      this.seenBy = new int[keywordsOf.length];
      this.mine = new boolean[postings.length];
      this.weights = new int[postings.length];
      for (int id = 0; id < postings.length; id++) {
        weights[id] = postings[id].length == 0 ? 0 : weight(postings[id].length, keywordsOf.length);
      }
    }

    /**
     * The positions of the at most {@link #LIMIT} cases other than {@code self} whose shared
     * keywords weigh the most, heavier first, then earlier positions first.
     */
    int[] best(int self) {
      int[] own = keywordsOf[self].clone();
      sortBySize(own);
      size = 0;
      int stamp = self + 1;
      for (int id : own) {
        mine[id] = true;
      }
      int direct = 0;
      // At most 15 lists go to the bit sets, whose counters hold up to 15.
      while (direct < own.length
          && (postings[own[direct]].length <= longList || own.length - direct > 15)) {
        for (int other : postings[own[direct]]) {
          if (other != self && seenBy[other] != stamp) {
            seenBy[other] = stamp;
            offer(other, shared(other));
          }
        }
        direct++;
      }
      for (int id : own) {
        mine[id] = false;
      }
      long[][] sets = new long[own.length - direct][];
      int[] setWeights = new int[sets.length];
      for (int k = direct; k < own.length; k++) {
        sets[k - direct] = bitsOf(own[k]);
        setWeights[k - direct] = weights[own[k]];
      }
      scan(self, stamp, sets, setWeights);
      return Arrays.copyOf(topCase, size);
    }

    private int shared(int other) {
      int shared = 0;
      for (int id : keywordsOf[other]) {
        if (mine[id]) {
          shared += weights[id];
        }
      }
      return shared;
    }

    /**
     * Offers, in site order, the cases not seen yet by the weights of the {@code sets} holding
     * them; {@code setWeights} never grow along the sets (shorter lists, rarer keywords first).
     */
    private void scan(int self, int stamp, long[][] sets, int[] setWeights) {
      if (sets.length == 0) {
        return;
      }
      // heaviest[c]: what a case on c of the sets weighs at most.
      int[] heaviest = new int[sets.length + 1];
      for (int k = 0; k < sets.length; k++) {
        heaviest[k + 1] = heaviest[k] + setWeights[k];
      }
      for (int word = 0; word < sets[0].length; word++) {
        // A bit-sliced counter: for each of 64 cases, how many sets hold it (up to 15).
        long ones = 0;
        long twos = 0;
        long fours = 0;
        long eights = 0;
        for (long[] set : sets) {
          long x = set[word];
          long carry = ones & x;
          ones ^= x;
          long carry2 = twos & carry;
          twos ^= carry;
          long carry4 = fours & carry2;
          fours ^= carry2;
          eights ^= carry4;
        }
        long candidates = ones | twos | fours | eights;
        while (candidates != 0) {
          // A case must weigh more than the weakest kept, or as much and come before it;
          // that takes at least `need` of the sets.
          int lowest = word * 64 + Long.numberOfTrailingZeros(candidates);
          int least = size < LIMIT ? 1
              : topShared[LIMIT - 1] + (lowest < topCase[LIMIT - 1] ? 0 : 1);
          int need = 1;
          while (need <= sets.length && heaviest[need] < least) {
            need++;
          }
          if (need > sets.length) {
            return;
          }
          candidates &= atLeast(need, ones, twos, fours, eights);
          if (candidates == 0) {
            break;
          }
          int bit = Long.numberOfTrailingZeros(candidates);
          candidates &= candidates - 1;
          int other = word * 64 + bit;
          if (other != self && seenBy[other] != stamp) {
            int shared = 0;
            for (int k = 0; k < sets.length; k++) {
              if ((sets[k][word] & (1L << bit)) != 0) {
                shared += setWeights[k];
              }
            }
            offer(other, shared);
          }
        }
      }
    }

    /** The bits whose 4-bit count (eights, fours, twos, ones) is at least {@code need}. */
    private static long atLeast(int need, long ones, long twos, long fours, long eights) {
      long equal = -1L;
      long greater = 0;
      long slice = eights;
      for (int k = 3; k >= 0; k--) {
        if (((need >>> k) & 1) == 1) {
          equal &= slice;
        } else {
          greater |= equal & slice;
          equal &= ~slice;
        }
        slice = k == 3 ? fours : k == 2 ? twos : ones;
      }
      return greater | equal;
    }

    private long[] bitsOf(int id) {
      if (bits[id] == null) {
        bits[id] = RelatedCases.bitsOf(postings[id], keywordsOf.length);
      }
      return bits[id];
    }

    private void offer(int candidate, int shared) {
      int position = size;
      while (position > 0 && (topShared[position - 1] < shared
          || (topShared[position - 1] == shared && topCase[position - 1] > candidate))) {
        position--;
      }
      if (position >= LIMIT) {
        return;
      }
      int end = Math.min(size, LIMIT - 1);
      System.arraycopy(topCase, position, topCase, position + 1, end - position);
      System.arraycopy(topShared, position, topShared, position + 1, end - position);
      topCase[position] = candidate;
      topShared[position] = shared;
      size = Math.min(size + 1, LIMIT);
    }

    private void sortBySize(int[] ids) {
      for (int a = 1; a < ids.length; a++) {
        int id = ids[a];
        int b = a - 1;
        while (b >= 0 && postings[ids[b]].length > postings[id].length) {
          ids[b + 1] = ids[b];
          b--;
        }
        ids[b + 1] = id;
      }
    }
  }

}
