package dev.bulletin.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a deterministic content folder of many cases for whole-site tests: the same seed always
 * gives the same files.
 */
final class CorpusGenerator {
  private static final String[] COUNTRIES = {"Ukraine", "Poland", "Moldova", "Georgia",
      "Armenia", "Lithuania", "Latvia", "Estonia", "Germany", "France", "Serbia", "USA"};
  private static final String[] LANGUAGES = {"Russian", "English", "Ukrainian", "Polish",
      "German", "French", "Serbian", "Українська"};

  private CorpusGenerator() {}

  static Path write(Path content, int cases, int issues, int keywords, long seed) {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(2024, 1, 4);
    try {
      Files.createDirectories(content.resolve("issues"));
      Files.writeString(content.resolve("site.yml"), """
          title: Generated Bulletin
          baseUrl: https://example.org/
          language: en
          description: Many generated cases.
          """);
      StringBuilder vocabulary = new StringBuilder();
      for (int k = 1; k <= keywords; k++) {
        vocabulary.append("- name: Keyword ").append(k).append('\n');
      }
      Files.writeString(content.resolve("keywords.yml"), vocabulary);
      Files.writeString(content.resolve("authors.yml"), "- id: desk\n  name: Desk\n");
      for (int i = 1; i <= issues; i++) {
        Files.writeString(content.resolve("issues/" + i + ".md"), "---\nnumber: " + i
            + "\ndate: " + first.plusWeeks(i) + "\n---\nIssue " + i + ".\n");
      }
      for (int c = 1; c <= cases; c++) {
        int issue = 1 + (c - 1) % issues;
        LocalDate date = first.plusWeeks(issue).minusDays(random.nextInt(7));
        Path folder = Files.createDirectories(content.resolve("cases/" + date.getYear()));
        Files.writeString(folder.resolve("case-" + c + ".md"), """
            ---
            title: "Generated claim number %d"
            issue: %d
            date: %s
            languages: [%s]
            countries: [%s]
            keywords: [%s]
            sources:
              - outlet: Outlet %d
                url: https://example.com/%d
            claim: Claim %d.
            ---
            Response to claim %d.
            """.formatted(c, issue, date, pick(random, LANGUAGES, 2), pick(random, COUNTRIES, 3),
            pick(random, keywordNames(keywords), 3), c, c, c, c));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return content;
  }

  private static String[] keywordNames(int count) {
    List<String> names = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      names.add("Keyword " + k);
    }
    return names.toArray(String[]::new);
  }

  private static String pick(Random random, String[] from, int most) {
    Set<String> chosen = new LinkedHashSet<>();
    int wanted = 1 + random.nextInt(most);
    while (chosen.size() < wanted) {
      chosen.add(from[random.nextInt(from.length)]);
    }
    return String.join(", ", chosen);
  }
}
