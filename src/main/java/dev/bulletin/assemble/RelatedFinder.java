package dev.bulletin.assemble;

import java.util.Arrays;

/**
 * Finds the related cases of one case at a time for {@link RelatedCases}, reusing its scratch
 * arrays (not thread-safe); the class comment of {@link RelatedCases} says how.
 */
final class RelatedFinder {
  private static final int LIMIT = RelatedCases.LIMIT;
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
  RelatedFinder(int[][] keywordsOf, int[][] postings, long[][] bits, int longList) {
    this.keywordsOf = keywordsOf;
    this.postings = postings;
    this.longList = longList;
    this.bits = bits;
    this.seenBy = new int[keywordsOf.length];
    this.mine = new boolean[postings.length];
    this.weights = new int[postings.length];
    for (int id = 0; id < postings.length; id++) {
      weights[id] = postings[id].length == 0 ? 0
          : RelatedCases.weight(postings[id].length, keywordsOf.length);
    }
  }

  /**
   * The positions of the at most {@link RelatedCases#LIMIT} cases other than {@code self}
   * whose shared keywords weigh the most, heavier first, then earlier positions first.
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
