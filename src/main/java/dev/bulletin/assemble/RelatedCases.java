package dev.bulletin.assemble;

import dev.bulletin.model.Case;
import dev.bulletin.model.Term;
import java.util.ArrayList;
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
      RelatedFinder finder = new RelatedFinder(keywordsOf, postings, bits, 0);
      for (int i = worker; i < cases.size(); i += workers) {
        related[i] = finder.best(i);
      }
    })).join();
    return related;
  }

  static long[] bitsOf(int[] posting, int cases) {
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
}
