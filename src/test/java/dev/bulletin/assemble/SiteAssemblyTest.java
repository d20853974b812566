package dev.bulletin.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Case;
import dev.bulletin.model.Site;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermGroup;
import dev.bulletin.model.TermKind;
import dev.bulletin.testing.SiteFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter through to the assembled model: fields, grouping, ordering, related cases. */
class SiteAssemblyTest {
  @TempDir Path root;
  Site site;

  @BeforeEach
  void load() {
    SiteFixture.write(root.resolve("content"), SiteFixture.BASICS + """
        -- issues/1.md --
        ---
        number: 1
        date: 2026-01-07
        title: First
        ---
        Intro of *one*.
        -- issues/2.md --
        ---
        number: 2
        date: 2026-01-14
        ---
        -- cases/2026/alpha.md --
        ---
        title: "Alpha claim"
        issue: 1
        date: 2026-01-05
        languages: [Russian, English]
        countries: [Ukraine]
        keywords: [NATO, elections]
        author: desk
        sources:
          - outlet: Example
            url: https://example.com/a
            archive: https://archive.ph/a
        claim: |
          The **alpha** claim.
        ---
        The response links to [beta](sub/beta.md#top).
        -- cases/2026/sub/beta.md --
        ---
        title: Beta claim
        issue: 2
        date: 2026-01-12
        languages: [russian]
        countries: [Ukraine, Moldova]
        keywords: [North Atlantic Alliance, Nazi/Fascist]
        sources:
          - outlet: Example
        claim: Beta.
        ---
        Response.
        -- cases/2026/gamma.md --
        ---
        title: Gamma claim
        issue: 2
        date: 2026-01-12
        languages: [English]
        countries: [Moldova]
        keywords: [NATO, Elections, Nazi/Fascist]
        sources:
          - outlet: Example
        claim: Gamma.
        ---
        Response.
        """);
    BuildOptions options = BuildOptions.defaults(root);
    Diagnostics diagnostics = new Diagnostics();
    try (Bulletin bulletin = new Bulletin(root)) {
      site = bulletin.load(options, diagnostics).orElseThrow();
    }
    assertEquals(List.of(), diagnostics.sorted().stream().filter(d -> d.isError()).toList());
  }

  @Test
  void frontMatterBecomesACase() {
    Case alpha = find("alpha");
    assertEquals("Alpha claim", alpha.title());
    assertEquals(1, alpha.issue());
    assertEquals(LocalDate.of(2026, 1, 5), alpha.date());
    assertEquals("cases/2026/alpha.md", alpha.sourceFile());
    assertEquals(List.of("Russian", "English"), names(alpha.languages()));
    assertEquals(List.of("NATO", "Elections"), names(alpha.keywords()));
    assertEquals("<p>The <strong>alpha</strong> claim.</p>\n", alpha.claimHtml());
    assertEquals("The alpha claim.", alpha.claimText());
    assertEquals("desk", alpha.authorId());
    assertEquals("https://archive.ph/a", alpha.sources().get(0).archive());
    assertEquals(1, alpha.readingMinutes());
  }

  @Test
  void linksToOtherCasesAreRewrittenToTheirUrls() {
    assertTrue(find("alpha").responseHtml().contains("href=\"/cases/beta/#top\""),
        find("alpha").responseHtml());
  }

  @Test
  void aliasesAndCaseResolveToTheVocabularyTerm() {
    assertEquals(List.of("NATO", "Nazi/Fascist"), names(find("beta").keywords()));
  }

  @Test
  void spellingsOfOneCountryOrLanguageAreOneTerm() {
    assertEquals(List.of("English", "Russian"), names(groups(TermKind.LANGUAGE)));
  }

  @Test
  void casesAreNewestFirstWithTiesBySlug() {
    assertEquals(List.of("beta", "gamma", "alpha"), slugs(site.cases()));
  }

  @Test
  void issuesAreNewestFirstWithTheirCases() {
    assertEquals(2, site.issues().get(0).issue().number());
    assertEquals(List.of("beta", "gamma"), slugs(site.issues().get(0).cases()));
    assertEquals(List.of("alpha"), slugs(site.issues().get(1).cases()));
    assertEquals("<p>Intro of <em>one</em>.</p>\n", site.issues().get(1).issue().introHtml());
  }

  @Test
  void termGroupsListTheirCasesNewestFirst() {
    TermGroup nato = groups(TermKind.KEYWORD).stream()
        .filter(g -> g.term().slug().equals("nato")).findFirst().orElseThrow();
    assertEquals(List.of("beta", "gamma", "alpha"), slugs(nato.cases()));
    TermGroup moldova = groups(TermKind.COUNTRY).stream()
        .filter(g -> g.term().slug().equals("moldova")).findFirst().orElseThrow();
    assertEquals(List.of("beta", "gamma"), slugs(moldova.cases()));
  }

  @Test
  void relatedCasesShareTheMostKeywords() {
    // gamma shares NATO+Elections with alpha and NATO+Nazi/Fascist with beta: a tie, newer wins.
    assertEquals(List.of("beta", "alpha"), slugs(site.relatedTo(find("gamma"))));
    assertEquals(List.of("gamma", "beta"), slugs(site.relatedTo(find("alpha"))));
  }

  @Test
  void anIssueWhoseCasesAreAllDraftsIsNotTheLatestIssue() {
    assertEquals(2, site.latestIssue().orElseThrow().issue().number());
    SiteFixture.write(root.resolve("content"), """
        -- issues/3.md --
        ---
        number: 3
        date: 2026-01-21
        ---
        -- cases/2026/delta.md --
        ---
        title: Delta claim
        issue: 3
        date: 2026-01-19
        languages: [English]
        countries: [Moldova]
        keywords: [NATO]
        sources:
          - outlet: Example
        claim: Delta.
        draft: true
        ---
        Response.
        """);
    try (Bulletin bulletin = new Bulletin(root)) {
      Site published = bulletin.load(BuildOptions.defaults(root), new Diagnostics())
          .orElseThrow();
      assertEquals(3, published.issues().get(0).issue().number(), "still in the archive");
      assertEquals(2, published.latestIssue().orElseThrow().issue().number());
      Site withDrafts = bulletin.load(BuildOptions.defaults(root).withDrafts(true),
          new Diagnostics()).orElseThrow();
      assertEquals(3, withDrafts.latestIssue().orElseThrow().issue().number());
    }
  }

  @Test
  void rootRelativeLinksAreCheckedAndPublishedUnderTheBasePath() {
    SiteFixture.write(root.resolve("content"), """
        -- cases/2026/gamma.md --
        ---
        title: Gamma claim
        issue: 2
        date: 2026-01-12
        languages: [English]
        countries: [Moldova]
        keywords: [NATO]
        sources:
          - outlet: Example
        claim: Gamma.
        ---
        See [alpha](/cases/alpha), [NATO](/keywords/nato/page/2/#top), [Moldova's feed](
        /countries/moldova/feed.xml), [search](/search/?q=x) and [home](/).
        """);
    try (Bulletin bulletin = new Bulletin(root)) {
      Diagnostics diagnostics = new Diagnostics();
      Site underPath = bulletin.load(BuildOptions.defaults(root)
          .withBaseUrl("https://example.org/bulletin/"), diagnostics).orElseThrow();
      assertEquals(List.of(), diagnostics.sorted());
      String html = underPath.cases().stream().filter(c -> c.slug().equals("gamma"))
          .findFirst().orElseThrow().responseHtml();
      assertEquals("<p>See <a href=\"/bulletin/cases/alpha/\" rel=\"noopener\">alpha</a>,"
          + " <a href=\"/bulletin/keywords/nato/page/2/#top\" rel=\"noopener\">NATO</a>,"
          + " <a href=\"/bulletin/countries/moldova/feed.xml\" rel=\"noopener\">Moldova&#39;s"
          + " feed</a>, <a href=\"/bulletin/search/?q&#61;x\" rel=\"noopener\">search</a> and"
          + " <a href=\"/bulletin/\" rel=\"noopener\">home</a>.</p>\n", html);
    }
  }

  private Case find(String slug) {
    return site.cases().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
  }

  private List<TermGroup> groups(TermKind kind) {
    return site.terms(kind);
  }

  private static List<String> names(List<?> items) {
    return items.stream().map(i -> i instanceof Term t ? t.name() : ((TermGroup) i).term().name())
        .toList();
  }

  private static List<String> slugs(List<Case> cases) {
    return cases.stream().map(Case::slug).toList();
  }
}
