package dev.bulletin.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1): a few very common, most rare. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n) {
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < n; rank++) {
      cumulative[rank] /= sum;
    }
  }

  int next(SplittableRandom random) {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = found >= 0 ? found : -found - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
