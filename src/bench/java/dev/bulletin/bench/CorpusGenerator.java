package dev.bulletin.bench;

import dev.bulletin.model.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic but realistic bulletin of any size into a content folder: about 50 cases
 * per weekly issue, 4–7 keywords per case from a vocabulary of 400 used with a Zipf-like skew,
 * 1–3 of 60 countries, 1–2 of 25 languages, claims of 80–150 words and responses of 200–400
 * words with headings, links (some to earlier cases), lists and quotes; sources from a long
 * tail of outlets ({@link OutletTail}), ratings, updates and corrections ({@link Verdicts}).
 * Headlines stay within the 75 characters check asks for. The same seed and size always give
 * the same bytes.
 */
public final class CorpusGenerator {
  /** The date of the newest issue; older issues go back a week at a time. */
  static final LocalDate LATEST_ISSUE = LocalDate.of(2026, 11, 12);
  /**
   * Raised whenever the generator writes other files (2: ratings, updates, the outlet tail), so
   * that the benchmark makes a stored corpus again instead of measuring an outdated one.
   */
  static final int VERSION = 2;

  private final long seed;
  private final int sourcelessEvery;
  private final List<String> keywords = keywordNames();
  private final Zipf keywordUse = new Zipf(keywords.size());
  private final Zipf countryUse = new Zipf(Lexicon.COUNTRIES.size());
  private final Zipf languageUse = new Zipf(Lexicon.LANGUAGES.size());

  public CorpusGenerator(long seed) {
    this(seed, 0);
  }

  /** Every {@code sourcelessEvery}-th case (0: none) has no sources, like an old archive's. */
  public CorpusGenerator(long seed, int sourcelessEvery) {
    this.seed = seed;
    this.sourcelessEvery = sourcelessEvery;
  }

  /** One planned case: what other files need to know about it before it is written. */
  record Plan(int index, String slug, String title, int issue, LocalDate date,
      List<String> outlets) {
    String file() {
      return "cases/" + date.getYear() + "/" + slug + ".md";
    }
  }

  /** Writes site.yml, keywords.yml, authors.yml, pages, issues and {@code cases} cases. */
  public void write(Path content, int cases) {
    List<LocalDate> issueDates = new ArrayList<>();
    List<Plan> plans = plan(cases, issueDates);
    writeFile(content.resolve("site.yml"), CorpusFiles.siteYaml());
    writeFile(content.resolve("keywords.yml"), CorpusFiles.keywordsYaml(seed, keywords));
    writeFile(content.resolve("authors.yml"), CorpusFiles.authorsYaml(seed));
    writeFile(content.resolve("pages/about.md"), CorpusFiles.page(seed, "About this bulletin", 1));
    writeFile(content.resolve("pages/methodology.md"), CorpusFiles.page(seed, "Methodology", 2));
    for (int number = 1; number <= issueDates.size(); number++) {
      writeFile(content.resolve("issues/" + number + ".md"),
          issueText(number, issueDates.get(number - 1)));
    }
    for (Plan plan : plans) {
      writeFile(content.resolve(plan.file()), caseText(plan, plans));
    }
  }

  /** Spreads {@code cases} over weekly issues of 40–60 cases each, filling {@code issueDates}. */
  List<Plan> plan(int cases, List<LocalDate> issueDates) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> sizes = new ArrayList<>();
    int planned = 0;
    while (planned < cases) {
      int size = Math.min(40 + random.nextInt(21), cases - planned);
      sizes.add(size);
      planned += size;
    }
    for (int number = 1; number <= sizes.size(); number++) {
      issueDates.add(LATEST_ISSUE.minusWeeks(sizes.size() - number));
    }
    List<Plan> plans = new ArrayList<>(cases);
    // Drawn in case order: the tail grows as the archive does, case after case.
    OutletTail tail = new OutletTail(seed);
    for (int number = 1; number <= sizes.size(); number++) {
      for (int k = 0; k < sizes.get(number - 1); k++) {
        int index = plans.size();
        Prose prose = new Prose(caseRandom(index));
        String title = title(prose);
        String slug = shorten(Slugs.of(title), 70) + "-" + (index + 1);
        LocalDate date = issueDates.get(number - 1).minusDays(prose.between(0, 6));
        List<String> outlets = new ArrayList<>();
        for (int s = tail.sourceCount(); s > 0; s--) {
          outlets.add(tail.next());
        }
        plans.add(new Plan(index, slug, title, number, date, outlets));
      }
    }
    return plans;
  }

  /** A headline of at most 75 characters, the place dropped when it would be longer. */
  private static String title(Prose prose) {
    String title = prose.pick(Lexicon.SUBJECTS) + " " + prose.pick(Lexicon.VERBS) + " "
        + prose.pick(Lexicon.OBJECTS);
    String place = " in " + prose.pick(Lexicon.COUNTRIES);
    return title.length() + place.length() <= 75 ? title + place : title;
  }

  /** The text of one case file. */
  String caseText(Plan plan, List<Plan> plans) {
    // Skip the draws plan() made so the case's own text does not repeat its title's words.
    Prose prose = new Prose(caseRandom(plan.index()).split());
    StringBuilder text = new StringBuilder(4096);
    text.append("---\n");
    text.append("title: \"").append(plan.title()).append("\"\n");
    text.append("issue: ").append(plan.issue()).append('\n');
    text.append("date: ").append(plan.date()).append('\n');
    text.append("languages: ").append(flow(distinct(prose, languageUse, Lexicon.LANGUAGES,
        prose.between(1, 2)))).append('\n');
    text.append("countries: ").append(flow(distinct(prose, countryUse, Lexicon.COUNTRIES,
        prose.between(1, 3)))).append('\n');
    List<String> chosen = distinct(prose, keywordUse, keywords, prose.between(4, 7));
    if (plan.index() < keywords.size() && !chosen.contains(keywords.get(plan.index()))) {
      // Every keyword gets used at least once, so check reports no unused keywords.
      chosen.set(chosen.size() - 1, keywords.get(plan.index()));
    }
    text.append("keywords: ").append(flow(chosen)).append('\n');
    if (prose.chance(85)) {
      text.append("author: ").append(prose.pick(Lexicon.AUTHORS).split("\\|")[0]).append('\n');
    }
    if (prose.chance(3)) {
      text.append("warning: Describes violence against civilians\n");
    }
    Verdicts.append(text, prose, plan.date());
    int beforeSources = text.length();
    text.append("sources:\n");
    for (int s = 1; s <= plan.outlets().size(); s++) {
      String host = prose.pick(Lexicon.HOSTS);
      text.append("  - outlet: \"").append(plan.outlets().get(s - 1)
          .replace("\"", "\\\"")).append("\"\n");
      text.append("    url: https://").append(host).append('/').append(plan.date())
          .append('/').append(plan.slug()).append('-').append(s).append('\n');
      if (prose.chance(60)) {
        text.append("    archive: https://archive.ph/").append(plan.index() + 1).append('x')
            .append(s).append('\n');
      }
    }
    if (sourcelessEvery > 0 && plan.index() % sourcelessEvery == 0) {
      text.setLength(beforeSources); // drawn all the same, so other cases do not change
    }
    text.append("claim: |\n");
    int[] words = new int[1];
    int claimWords = prose.between(80, 150);
    while (words[0] < claimWords) {
      text.append("  ").append(prose.paragraph(Math.min(60, claimWords - words[0]), words))
          .append('\n');
    }
    text.append("---\n");
    text.append(body(prose, plan, plans));
    return text.toString();
  }

  private String body(Prose prose, Plan plan, List<Plan> plans) {
    StringBuilder body = new StringBuilder(3072);
    int[] words = new int[1];
    int target = prose.between(200, 400);
    body.append(prose.paragraph(prose.between(30, 60), words)).append("\n\n");
    body.append("## ").append(prose.pick(Lexicon.HEADINGS)).append("\n\n");
    body.append(prose.paragraph(prose.between(20, 40), words)).append(" See the [official ")
        .append(prose.pick(Lexicon.WORDS)).append("](https://www.example.org/docs/")
        .append(plan.index() + 1).append(") and ");
    if (plan.index() > 0 && prose.chance(40)) {
      Plan earlier = plans.get(prose.between(0, plan.index() - 1));
      body.append("our earlier case, [").append(earlier.title()).append("](../")
          .append(earlier.date().getYear()).append('/').append(earlier.slug()).append(".md).");
    } else {
      body.append("<https://fact.example/check/").append(plan.slug()).append(">.");
    }
    body.append("\n\n");
    for (int item = prose.between(3, 5); item > 0; item--) {
      body.append(prose.chance(50) ? "- " : "- **").append(prose.sentence(prose.between(6, 12)))
          .append('\n');
      words[0] += 9;
    }
    fixBold(body);
    body.append('\n');
    body.append("> ").append(prose.paragraph(prose.between(15, 30), words)).append("\n\n");
    if (prose.chance(30)) {
      for (int item = 1; item <= 3; item++) {
        body.append(item).append(". ").append(prose.sentence(prose.between(5, 10)))
            .append('\n');
        words[0] += 7;
      }
      body.append('\n');
    }
    while (words[0] < target) {
      body.append(prose.paragraph(Math.min(70, Math.max(10, target - words[0])), words))
          .append(" *").append(prose.pick(Lexicon.WORDS)).append("*.\n\n");
    }
    return body.toString();
  }

  /** Closes the bold list items opened with {@code - **}. */
  private static void fixBold(StringBuilder body) {
    int start = 0;
    while ((start = body.indexOf("- **", start)) >= 0) {
      int end = body.indexOf("\n", start);
      body.insert(end - 1, "**");
      start = end + 2;
    }
  }

  private String issueText(int number, LocalDate date) {
    Prose prose = new Prose(new SplittableRandom(seed ^ (0x5DEECE66DL * number)));
    int[] words = new int[1];
    return "---\nnumber: " + number + "\ndate: " + date + "\ntitle: \""
        + prose.pick(Lexicon.TOPICS) + ", " + prose.pick(Lexicon.OBJECTS) + " and "
        + prose.pick(Lexicon.SUBJECTS) + "\"\nsummary: \"" + prose.sentence(prose.between(15, 25))
        + "\"\n---\n" + prose.paragraph(prose.between(40, 70), words) + "\n\n"
        + prose.paragraph(prose.between(20, 50), words) + "\n";
  }

  /** The 400 keyword names: each topic on its own and with each of 19 aspects. */
  static List<String> keywordNames() {
    List<String> names = new ArrayList<>();
    for (String aspect : Lexicon.ASPECTS) {
      for (String topic : Lexicon.TOPICS) {
        names.add(aspect.isEmpty() ? topic : topic + " " + aspect);
      }
    }
    return List.copyOf(names);
  }

  private static List<String> distinct(Prose prose, Zipf use, List<String> names, int count) {
    // The random source of Prose is shared so the whole case stays one reproducible stream.
    Set<String> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(names.get(use.next(prose.random())));
    }
    return new ArrayList<>(chosen);
  }

  private static String flow(List<String> names) {
    return names.isEmpty() ? "[]" : "[\"" + String.join("\", \"", names) + "\"]";
  }

  private static String shorten(String slug, int max) {
    int cut = slug.lastIndexOf('-', max);
    return slug.length() <= max ? slug : slug.substring(0, cut > 0 ? cut : max);
  }

  private SplittableRandom caseRandom(int index) {
    return new SplittableRandom(seed * 1_000_003L + index);
  }

  private static void writeFile(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
