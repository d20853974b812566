package dev.bulletin.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RelatedCasesTest {

  @Test
  void skippingSearchFindsExactlyWhatCountingEveryPairFinds() {
    SplittableRandom random = new SplittableRandom(42);
    for (int round = 0; round < 30; round++) {
      int cases = 50 + random.nextInt(400);
      int vocabulary = 3 + random.nextInt(60);
      List<int[]> keywordsOf = new ArrayList<>();
      for (int c = 0; c < cases; c++) {
        TreeSet<Integer> chosen = new TreeSet<>();
        int count = 1 + random.nextInt(Math.min(7, vocabulary));
        while (chosen.size() < count) {
          // Squaring skews use towards the first keywords, as real vocabularies are.
          double x = random.nextDouble();
          chosen.add((int) (x * x * vocabulary));
        }
        keywordsOf.add(chosen.stream().mapToInt(Integer::intValue).toArray());
      }
      List<List<Integer>> postings = new ArrayList<>();
      for (int k = 0; k < vocabulary; k++) {
        postings.add(new ArrayList<>());
      }
      for (int c = 0; c < cases; c++) {
        for (int k : keywordsOf.get(c)) {
          postings.get(k).add(c);
        }
      }
      for (int c = 0; c < cases; c++) {
        int[][] lists = new int[keywordsOf.get(c).length][];
        for (int k = 0; k < lists.length; k++) {
          lists[k] = postings.get(keywordsOf.get(c)[k]).stream().mapToInt(i -> i).toArray();
        }
        assertArrayEquals(exhaustive(c, keywordsOf), RelatedCases.best(c, lists),
            "case " + c + " of round " + round);
      }
    }
  }

  @Test
  void aCaseSharingNothingHasNoRelatedCases() {
    assertArrayEquals(new int[0], RelatedCases.best(0, new int[][] {{0}}));
  }

  @Test
  void tiesGoToTheEarlierCaseAndMoreSharedKeywordsComeFirst() {
    int[][] lists = {{0, 1, 2, 3, 4, 5, 6, 7}, {0, 7}};
    assertArrayEquals(new int[] {7, 1, 2, 3, 4}, RelatedCases.best(0, lists));
  }

  /** The obvious definition: count shared keywords with every other case, sort, keep five. */
  private static int[] exhaustive(int self, List<int[]> keywordsOf) {
    List<int[]> scored = new ArrayList<>();
    for (int other = 0; other < keywordsOf.size(); other++) {
      int shared = 0;
      for (int a : keywordsOf.get(self)) {
        for (int b : keywordsOf.get(other)) {
          shared += a == b ? 1 : 0;
        }
      }
      if (other != self && shared > 0) {
        scored.add(new int[] {other, shared});
      }
    }
    scored.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1])
        : Integer.compare(x[0], y[0]));
    return scored.stream().limit(RelatedCases.LIMIT).mapToInt(s -> s[0]).toArray();
  }
}
