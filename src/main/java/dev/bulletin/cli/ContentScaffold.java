package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Slugs;
import dev.bulletin.source.ContentFiles;
import dev.bulletin.source.ContentWalker;
import dev.bulletin.validate.ContentLoader;
import dev.bulletin.validate.IssueDraft;
import dev.bulletin.validate.Placeholder;
import dev.bulletin.validate.ValidContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;

/**
 * Writes new content files that pass {@code check}: the next issue, and a draft case with every
 * required front matter key, whose values the tool cannot know left as {@link Placeholder}s
 * that {@code check} refuses once the case is published. Never overwrites a file.
 */
final class ContentScaffold {
  /** Long enough for a readable headline, well inside the 120 characters a slug may have. */
  private static final int MAX_SLUG = 80;

  private final Path content;
  private final Clock clock;

  ContentScaffold(Path content, Clock clock) {
    this.content = content;
    this.clock = clock;
  }

  /** Writes {@code cases/<year>/<slug>.md} for the issue given, or the latest one. */
  Path newCase(String headline, OptionalInt issueNumber) {
    String slug = slug(headline);
    ValidContent loaded = load();
    IssueDraft latest = latestIssue(loaded).orElseThrow(() -> new BulletinException(
        "there is no issue yet to put the case in; create one with `bulletin new issue`"));
    int issue = issueNumber.orElse(latest.number());
    if (loaded.issues().stream().noneMatch(i -> i.number() == issue)) {
      throw new BulletinException("issue " + issue + " does not exist; choose an existing"
          + " issue with --issue or create the next one with `bulletin new issue`");
    }
    ContentFiles files = new ContentWalker().walk(content, new Diagnostics());
    files.cases().stream()
        .filter(path -> path.getFileName().toString().equals(slug + ".md"))
        .findFirst()
        .ifPresent(existing -> {
          throw new BulletinException("a case named `" + slug + "` already exists: "
              + existing + "; refusing to overwrite it, choose another headline");
        });
    LocalDate today = LocalDate.now(clock);
    String text = """
        ---
        # Replace the placeholders, then remove `draft: true` to publish the case;
        # `bulletin check` points at every placeholder left.
        title: %s
        issue: %d
        date: %s
        languages: [%s]
        countries: [%s]
        keywords: [%s]
        claim: |
          %s
        sources:
          - outlet: %s
        draft: true
        ---
        %s
        """.formatted(quote(headline.strip()), issue, today, Placeholder.LANGUAGES.text(),
        Placeholder.COUNTRIES.text(), Placeholder.KEYWORDS.text(), Placeholder.CLAIM.text(),
        Placeholder.OUTLET.text(), Placeholder.RESPONSE.text());
    Path file = content.resolve("cases").resolve(Integer.toString(today.getYear()))
        .resolve(slug + ".md");
    return write(file, text);
  }

  /**
   * Writes the issue after the latest one, dated a week after it, or today when that week has
   * already passed or there is no issue yet.
   */
  Path newIssue() {
    ValidContent loaded = load();
    Optional<IssueDraft> latest = latestIssue(loaded);
    int number = latest.map(issue -> issue.number() + 1).orElse(1);
    LocalDate today = LocalDate.now(clock);
    LocalDate date = latest.map(issue -> issue.date().plusDays(7))
        .filter(weekLater -> weekLater.isAfter(today))
        .orElse(today);
    String text = """
        ---
        number: %d
        date: %s
        # title: A short headline for the issue
        # summary: One sentence about this week's cases
        ---
        """.formatted(number, date);
    return write(content.resolve("issues").resolve(number + ".md"), text);
  }

  private ValidContent load() {
    if (!Files.isDirectory(content)) {
      throw new BulletinException("the content folder " + content + " does not exist;"
          + " run Bulletin in your bulletin's folder or pass --content DIR");
    }
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      return new ContentLoader(pool, false).load(content, new Diagnostics())
          .orElseThrow(() -> new BulletinException("site.yml in " + content + " is missing"
              + " or broken; run `bulletin check` to see why"));
    } finally {
      pool.shutdown();
    }
  }

  private static Optional<IssueDraft> latestIssue(ValidContent content) {
    return content.issues().stream().max(Comparator.comparingInt(IssueDraft::number));
  }

  static String slug(String headline) {
    String slug = Slugs.of(headline);
    if (slug.isEmpty()) {
      throw new BulletinException("the headline has no letters or digits to make a file name"
          + " from; write it in words");
    }
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG);
      int hyphen = slug.lastIndexOf('-');
      slug = hyphen > 0 ? slug.substring(0, hyphen) : slug;
    }
    return slug;
  }

  /** A YAML double-quoted scalar, so a headline is always read back as the same text. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return file;
    } catch (FileAlreadyExistsException e) {
      throw new BulletinException(file + " already exists; refusing to overwrite it");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
