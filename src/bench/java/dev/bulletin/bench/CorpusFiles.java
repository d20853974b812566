package dev.bulletin.bench;

import java.util.List;
import java.util.SplittableRandom;

/** A generated corpus's files besides cases and issues: settings, keywords, authors, pages. */
final class CorpusFiles {
  private CorpusFiles() {}

  static String page(long seed, String title, int salt) {
    Prose prose = new Prose(new SplittableRandom(seed + salt));
    int[] words = new int[1];
    StringBuilder text = new StringBuilder("---\ntitle: " + title + "\n---\n");
    for (int p = 0; p < 4; p++) {
      text.append(prose.paragraph(prose.between(60, 120), words)).append("\n\n");
    }
    return text.toString();
  }

  static String siteYaml() {
    return """
        title: Synthetic Disinfo Bulletin
        baseUrl: https://example.org/bulletin/
        language: en
        description: A generated bulletin for benchmarks — every case is invented.
        publisher:
          name: Benchmark Desk
          url: https://example.org/
        verdict: Disinformation
        """ + Verdicts.SCALE;
  }

  static String keywordsYaml(long seed, List<String> keywords) {
    StringBuilder text = new StringBuilder();
    Prose prose = new Prose(new SplittableRandom(seed - 1));
    for (int k = 0; k < keywords.size(); k++) {
      text.append("- name: \"").append(keywords.get(k)).append("\"\n");
      text.append("  description: \"").append(prose.sentence(prose.between(10, 20)))
          .append("\"\n");
      if (k % 10 == 3) {
        text.append("  aliases: [\"").append(keywords.get(k)).append(" narrative\"]\n");
      }
    }
    return text.toString();
  }

  static String authorsYaml(long seed) {
    StringBuilder text = new StringBuilder();
    Prose prose = new Prose(new SplittableRandom(seed - 2));
    for (String author : Lexicon.AUTHORS) {
      String[] parts = author.split("\\|");
      text.append("- id: ").append(parts[0]).append('\n');
      text.append("  name: \"").append(parts[1]).append("\"\n");
      text.append("  bio: \"").append(prose.sentence(prose.between(15, 30))).append("\"\n");
    }
    return text.toString();
  }
}
