package dev.bulletin.render;

import dev.bulletin.model.BaseUrl;
import dev.bulletin.model.Case;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Rating;
import dev.bulletin.model.Site;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A generated bulletin for measuring the search index: headlines, claims, summaries and
 * responses (200–400 words) drawn from a Zipf-distributed vocabulary of random words, random
 * terms, a three-step rating scale and sources from a long tail of outlets.
 */
final class GeneratedSite {
  /** A three-step scale, as a desk with ratings has. */
  private static final List<Rating> SCALE = List.of(
      new Rating("Disinformation", "disinformation", "", 1, 0),
      new Rating("Misleading", "misleading", "", 2, 1),
      new Rating("Missing context", "missing-context", "", 3, 2));

  private GeneratedSite() {}

  static Site generate(int count, Random random) {
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      vocabulary.add(word(random));
    }
    double[] zipf = new double[vocabulary.size()];
    double sum = 0;
    for (int i = 0; i < zipf.length; i++) {
      sum += 1.0 / (i + 1);
      zipf[i] = sum;
    }
    Map<TermKind, List<Term>> terms = new EnumMap<>(TermKind.class);
    int[] sizes = {150, 60, 20};
    for (TermKind kind : TermKind.values()) {
      List<Term> list = new ArrayList<>();
      for (int i = 0; i < sizes[kind.ordinal()]; i++) {
        String name = kind.section() + " " + word(random);
        list.add(new Term(kind, name, kind.section() + "-" + i, ""));
      }
      terms.put(kind, list);
    }
    int issueCount = count / 25;
    LocalDate first = LocalDate.of(2011, 1, 6);
    List<Case> cases = new ArrayList<>();
    // Outlets with a real database's long tail (Simon's model, as the corpus generator's):
    // about 2,750 for 20,000 cases, half of them named once.
    List<String> mentions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Source> sources = new ArrayList<>();
      for (int s = 1 + random.nextInt(3); s > 0; s--) {
        String outlet = mentions.isEmpty() || random.nextDouble() < 0.069
            ? "Outlet " + word(random) : mentions.get(random.nextInt(mentions.size()));
        mentions.add(outlet);
        sources.add(new Source(outlet, "", ""));
      }
      int issue = 1 + i / 25;
      LocalDate date = first.plusWeeks(issue - 1).minusDays(random.nextInt(7));
      String title = sentence(random, vocabulary, zipf, sum, 8 + random.nextInt(7));
      String claim = sentence(random, vocabulary, zipf, sum, 40 + random.nextInt(31));
      String summary = sentence(random, vocabulary, zipf, sum, 20 + random.nextInt(20));
      String response = sentence(random, vocabulary, zipf, sum, 200 + random.nextInt(201));
      cases.add(new Case("case-" + i, "", title, issue, date,
          pick(random, terms.get(TermKind.LANGUAGE), 1 + random.nextInt(2)),
          pick(random, terms.get(TermKind.COUNTRY), 1 + random.nextInt(2)),
          pick(random, terms.get(TermKind.KEYWORD), 2 + random.nextInt(3)),
          "<p>" + claim + "</p>", claim, "<p>" + response + "</p>", response, summary, sources,
          "", "", false, 3,
          SCALE.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2))));
    }
    cases.sort(Comparator.comparing(Case::date).reversed());
    List<IssueGroup> issues = new ArrayList<>();
    for (int n = issueCount; n >= 1; n--) {
      int number = n;
      issues.add(new IssueGroup(new Issue(number, first.plusWeeks(number - 1), "", "", ""),
          cases.stream().filter(c -> c.issue() == number).toList()));
    }
    Map<TermKind, List<TermGroup>> groups = new EnumMap<>(TermKind.class);
    for (TermKind kind : TermKind.values()) {
      Map<String, List<Case>> byTerm = new LinkedHashMap<>();
      terms.get(kind).forEach(t -> byTerm.put(t.slug(), new ArrayList<>()));
      cases.forEach(c -> c.terms(kind).forEach(t -> byTerm.get(t.slug()).add(c)));
      groups.put(kind, terms.get(kind).stream()
          .map(t -> new TermGroup(t, byTerm.get(t.slug()))).toList());
    }
    SiteConfig config = new SiteConfig("Bench", BaseUrl.of("https://example.org/"), "en", "", null,
        null, "", null, SCALE, SiteConfig.OUTLET_PAGE_MIN, Optional.empty(), "");
    return new Site(config, issues, cases, groups, Map.of(), List.of(), Map.of());
  }

  private static List<Term> pick(Random random, List<Term> from, int n) {
    List<Term> picked = new ArrayList<>();
    while (picked.size() < n) {
      Term term = from.get(random.nextInt(from.size()));
      if (!picked.contains(term)) {
        picked.add(term);
      }
    }
    return picked;
  }

  private static String sentence(Random random, List<String> vocabulary, double[] zipf,
      double total, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      double target = random.nextDouble() * total;
      int lo = 0;
      int hi = zipf.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (zipf[mid] < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      text.append(i == 0 ? "" : " ").append(vocabulary.get(lo));
    }
    return text.toString();
  }

  private static String word(Random random) {
    int length = 3 + random.nextInt(8);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
