package dev.bulletin.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      List<int[]> keywords = new ArrayList<>();
      for (int c = 0; c < cases; c++) {
        TreeSet<Integer> chosen = new TreeSet<>();
        int count = 1 + random.nextInt(Math.min(round % 3 == 0 ? 20 : 7, vocabulary));
        while (chosen.size() < count) {
          // Squaring skews use towards the first keywords, as real vocabularies are.
          double x = random.nextDouble();
          chosen.add((int) (x * x * vocabulary));
        }
        keywords.add(chosen.stream().mapToInt(Integer::intValue).toArray());
      }
      int[][] keywordsOf = keywords.toArray(new int[0][]);
      int[][] postings = RelatedCases.postings(keywordsOf, vocabulary);
      // Budget 0 walks every list, a huge one scores every list directly; 40 mixes both.
      for (int budget : new int[] {0, 40, Integer.MAX_VALUE}) {
        RelatedFinder finder = new RelatedFinder(keywordsOf, postings,
            new long[vocabulary][], budget);
        for (int c = 0; c < cases; c++) {
          assertArrayEquals(exhaustive(c, keywords), finder.best(c),
              "case " + c + " of round " + round + " with budget " + budget);
        }
      }
    }
  }

  @Test
  void aCaseSharingNothingHasNoRelatedCases() {
    int[][] keywordsOf = {{0}, {1}};
    RelatedFinder finder = new RelatedFinder(keywordsOf,
        RelatedCases.postings(keywordsOf, 2), new long[2][], 0);
    assertArrayEquals(new int[0], finder.best(0));
  }

  @Test
  void aSharedRareKeywordOutweighsSharedCommonOnes() {
    // Keyword 0 is on every case, 1 and 2 on most, 3 only on cases 0 and 9.
    int[][] keywordsOf = {{0, 1, 2, 3}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2},
        {0, 1, 2}, {0, 1}, {0, 2}, {0, 3}};
    for (int budget : new int[] {0, 2, 100}) {
      RelatedFinder finder = new RelatedFinder(keywordsOf,
          RelatedCases.postings(keywordsOf, 4), new long[4][], budget);
      assertArrayEquals(new int[] {9, 1, 2, 3, 4}, finder.best(0));
      // With nothing rare in common, the common keywords still rank.
      assertArrayEquals(new int[] {0, 1, 2, 3, 4}, finder.best(6));
    }
  }

  @Test
  void tiesGoToTheEarlierCaseAndMoreSharedKeywordsComeFirst() {
    int[][] keywordsOf = {{0, 1}, {0}, {0}, {0}, {0}, {0}, {0}, {0, 1}};
    for (int budget : new int[] {0, 2, 100}) {
      RelatedFinder finder = new RelatedFinder(keywordsOf,
          RelatedCases.postings(keywordsOf, 2), new long[2][], budget);
      assertArrayEquals(new int[] {7, 1, 2, 3, 4}, finder.best(0));
    }
  }

  /**
   * The obvious definition: with every other case, add up the weights of the keywords shared
   * (ln(1 + n / cases tagged), ×64), sort, keep five.
   */
  private static int[] exhaustive(int self, List<int[]> keywordsOf) {
    Map<Integer, Integer> tagged = new HashMap<>();
    keywordsOf.forEach(ids -> Arrays.stream(ids).forEach(id -> tagged.merge(id, 1, Integer::sum)));
    List<int[]> scored = new ArrayList<>();
    for (int other = 0; other < keywordsOf.size(); other++) {
      int shared = 0;
      for (int a : keywordsOf.get(self)) {
        for (int b : keywordsOf.get(other)) {
          shared += a == b ? Math.max(1, (int) Math.round(
              64 * Math.log(1 + (double) keywordsOf.size() / tagged.get(a)))) : 0;
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
