package dev.bulletin.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes plausible-looking sentences and paragraphs from the {@link Lexicon}, reproducibly. */
final class Prose {
  private final SplittableRandom random;

  Prose(SplittableRandom random) {
    this.random = random;
  }

  SplittableRandom random() {
    return random;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** One sentence of about {@code words} words, capitalised and ending in a full stop. */
  String sentence(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = pick(Lexicon.WORDS);
      if (i == 0) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      } else {
        text.append(i == words / 2 && chance(20) ? " — " : " ");
      }
      text.append(word);
    }
    return text.append('.').toString();
  }

  /** Sentences up to at least {@code words} words; returns the text, adding to {@code count}. */
  String paragraph(int words, int[] count) {
    StringBuilder text = new StringBuilder();
    int written = 0;
    while (written < words) {
      int length = Math.min(between(8, 18), Math.max(4, words - written));
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(sentence(length));
      written += length;
    }
    count[0] += written;
    return text.toString();
  }
}
