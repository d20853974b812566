package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.diag.Rule;
import dev.bulletin.model.Rating;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.Term;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what spans files: issue numbers and slugs are unique, every case names an existing
 * issue, known keywords and a known author; and warns about loose ends an editor would want to
 * know about.
 */
public final class ReferenceChecker {
  /** Top-level folders the generator writes, which a free page may not take. */
  public static final Set<String> RESERVED_SLUGS = Set.of("cases", "issues", "keywords",
      "countries", "languages", "assets", "search", "data", "page", "feed", "authors",
      "outlets", "media", "ratings");

  private final UpdateChecker updates;

  /** A checker for a run at the time {@code clock} tells (updates may not be in the future). */
  public ReferenceChecker(Clock clock) {
    this.updates = new UpdateChecker(clock);
  }

  /**
   * Checks {@code content}, whose drafts are published when {@code drafts} is true. When some
   * case or issue files could not be read ({@code allRead} is false), the warnings about issues
   * without cases and unused keywords are left out: they would only echo the errors already
   * reported for those files.
   */
  public void check(ValidContent content, boolean allRead, boolean drafts,
      Diagnostics diagnostics) {
    Map<Integer, IssueDraft> issues = new HashMap<>();
    for (IssueDraft issue : content.issues()) {
      IssueDraft previous = issues.putIfAbsent(issue.number(), issue);
      if (previous != null) {
        diagnostics.error(issue.file(), issue.numberLine(), issue.numberColumn(), "issue "
            + issue.number() + " is already defined in "
            + content.root().relativize(previous.file()) + "; each issue number may be used"
            + " once");
      }
    }
    Map<String, CaseDraft> slugs = new HashMap<>();
    Set<Integer> issuesWithCases = new HashSet<>();
    Map<Integer, Integer> unpublishedDrafts = new HashMap<>();
    Set<String> usedKeywords = new HashSet<>();
    List<String> spellings = content.vocabulary().spellings();
    // Cases known by file name only (a check of a few cases) take part as a full check's would.
    Map<String, Path> unread = new HashMap<>();
    content.otherCases().stream().sorted().forEach(file -> unread.putIfAbsent(
        file.getFileName().toString().replaceFirst("\\.md$", ""), file));
    for (CaseDraft draft : content.cases()) {
      CaseDraft previous = slugs.putIfAbsent(draft.slug(), draft);
      Path first = previous != null ? previous.file() : unread.get(draft.slug());
      if (first != null && first.compareTo(draft.file()) < 0) {
        diagnostics.error(draft.file(), 1, 1, "two cases are named `" + draft.slug() + "`: "
            + content.root().relativize(first) + " and "
            + content.root().relativize(draft.file()) + "; rename one of the files");
      }
      IssueDraft issue = issues.get(draft.issue());
      YamlScalar issueNode = draft.issueNode();
      if (issue == null) {
        diagnostics.error(draft.file(), issueNode.line(), issueNode.column(), "issue "
            + draft.issue() + " does not exist; add issues/" + draft.issue() + ".md or"
            + " correct the number");
      } else {
        // An issue is published with its published cases only: drafts alone leave it empty.
        if (drafts || !draft.draft()) {
          issuesWithCases.add(draft.issue());
        } else {
          unpublishedDrafts.merge(draft.issue(), 1, Integer::sum);
        }
        if (draft.date().isAfter(issue.date())) {
          diagnostics.warning(Rule.CLAIM_AFTER_ISSUE, draft.file(), draft.dateNode().line(),
              draft.dateNode().column(), "the claim is dated " + draft.date() + ", after issue " + issue.number()
                  + " was published on " + issue.date() + "; check the date or the issue");
        }
      }
      updates.check(draft, issue, diagnostics);
      draft.rating().ifPresent(rating -> checkRating(content.config(), draft, rating,
          diagnostics));
      reportPlaceholders(draft, drafts, diagnostics);
      for (YamlScalar keyword : draft.keywords()) {
        Optional<Term> term = content.vocabulary().find(keyword.value());
        if (Placeholder.KEYWORDS.isValue(keyword.value())) {
          continue; // reported as a placeholder, which says what to write instead
        } else if (term.isPresent()) {
          usedKeywords.add(term.get().slug());
        } else if (!content.vocabulary().excuses(keyword.value())) {
          Optional<String> meant = Suggestions.closest(keyword.value().strip(), spellings);
          // The typo stands for the keyword suggested: calling that one unused as well would
          // be a second message about the same mistake.
          meant.flatMap(content.vocabulary()::find)
              .ifPresent(intended -> usedKeywords.add(intended.slug()));
          String hint = meant.map(s -> "; did you mean `" + s + "`?")
              .orElse("; add it to keywords.yml or use a keyword from there");
          diagnostics.error(draft.file(), keyword.line(), keyword.column(), "unknown keyword `"
              + keyword.value().strip() + "`" + hint);
        }
      }
      draft.author().ifPresent(author -> {
        if (!content.authors().containsKey(author.value().strip())) {
          String hint = Suggestions.closest(author.value().strip(), content.authors().keySet())
              .map(s -> "; did you mean `" + s + "`?")
              .orElse("; add the author to authors.yml or use an id from there");
          diagnostics.error(draft.file(), author.line(), author.column(), "unknown author `"
              + author.value().strip() + "`" + hint);
        }
      });
      if (draft.sources().isEmpty()) {
        diagnostics.warning(Rule.MISSING_SOURCES, draft.file(), draft.sourcesLine(),
            draft.sourcesColumn(), "the case has no `sources`; list where the claim appeared so readers can check it,"
                + " like `sources: [{outlet: Example News, url: https://example.com/a}]`");
      }
    }
    if (!allRead) {
      checkPages(content, diagnostics);
      return;
    }
    for (IssueDraft issue : content.issues()) {
      if (issuesWithCases.contains(issue.number())) {
        continue;
      }
      int draftCount = unpublishedDrafts.getOrDefault(issue.number(), 0);
      diagnostics.warning(Rule.ISSUE_WITHOUT_CASES, issue.file(), issue.numberLine(),
          issue.numberColumn(), draftCount == 0
          ? "issue " + issue.number() + " has no cases yet; give cases `issue: "
              + issue.number() + "` before it is published"
          : "issue " + issue.number() + " has no published cases yet, only " + draftCount
              + (draftCount == 1 ? " draft" : " drafts") + "; remove `draft: true` from the"
              + " cases that are ready before the issue is published");
    }
    content.vocabulary().definitions().stream()
        .filter(d -> !usedKeywords.contains(d.term().slug()))
        .forEach(d -> diagnostics.warning(Rule.UNUSED_KEYWORD,
            content.root().resolve("keywords.yml"), d.line(), d.column(), "keyword `" + d.term().name() + "` is not used by any case; tag a"
                + " case with it or remove it from keywords.yml"));
    checkPages(content, diagnostics);
  }

  /**
   * A placeholder in a published case is an error; in a draft published for a preview
   * ({@code --drafts}) a warning, so the preview still shows it; in a draft that stays
   * unpublished it is work in progress.
   */
  private static void reportPlaceholders(CaseDraft draft, boolean drafts,
      Diagnostics diagnostics) {
    for (PlaceholderFinder.Found found : draft.placeholders()) {
      if (!draft.draft()) {
        diagnostics.error(draft.file(), found.line(), found.column(),
            found.placeholder().message());
      } else if (drafts) {
        diagnostics.warning(Rule.DRAFT_PLACEHOLDER, draft.file(), found.line(), found.column(),
            found.placeholder().message());
      }
    }
  }

  private static void checkRating(SiteConfig config, CaseDraft draft, YamlScalar rating,
      Diagnostics diagnostics) {
    String written = rating.value().strip();
    if (config.ratingNamed(written).isPresent()) {
      return;
    }
    List<String> names = config.scale().stream().map(Rating::name).toList();
    String hint = !config.hasScale()
        ? "; site.yml defines no `ratings`, so every case is rated `" + config.verdict()
            + "`: add a `ratings:` scale to site.yml or remove `rating`"
        : Suggestions.closest(written, names).map(s -> "; did you mean `" + s + "`?")
            .orElse("; the ratings of site.yml are `" + String.join("`, `", names) + "`");
    diagnostics.error(draft.file(), rating.line(), rating.column(), "unknown rating `" + written
        + "`" + hint);
  }

  private static void checkPages(ValidContent content, Diagnostics diagnostics) {
    Map<String, PageDraft> slugs = new HashMap<>();
    for (PageDraft page : content.pages()) {
      // Pages are published at /<file name>/ whatever sub-folder of pages/ they sit in.
      PageDraft previous = slugs.putIfAbsent(page.slug(), page);
      if (previous != null) {
        diagnostics.error(page.file(), 1, 1, "two pages are named `" + page.slug() + "`: "
            + content.root().relativize(previous.file()) + " and "
            + content.root().relativize(page.file()) + "; both would be published at /"
            + page.slug() + "/, so rename one of the files");
      }
      if (page.slug().equals("corrections") && hasCorrection(content)) {
        // Only then: a bulletin without corrections keeps a page of that name.
        diagnostics.error(page.file(), 1, 1, "a page may not be named `corrections` while"
            + " cases carry corrections, which are listed at /corrections/; rename the file,"
            + " for example to corrections-policy.md");
      }
      if (RESERVED_SLUGS.contains(page.slug())) {
        diagnostics.error(page.file(), 1, 1, "a page may not be named `" + page.slug()
            + "`, which the site uses for its own pages; rename the file");
      }
    }
  }

  private static boolean hasCorrection(ValidContent content) {
    return content.cases().stream()
        .anyMatch(c -> c.updates().stream().anyMatch(UpdateDraft::correction));
  }
}
