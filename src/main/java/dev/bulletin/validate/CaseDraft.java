package dev.bulletin.validate;

import dev.bulletin.model.Source;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case whose front matter has been read and type-checked, before references to issues,
 * keywords and authors are resolved and its Markdown is rendered. {@code placeholders} are those
 * of {@code bulletin new case} still in it; whether they matter depends on the case being
 * published, which only the whole run knows. {@code updates} are as written, oldest first;
 * {@code rating} is the step of the scale as written, checked against site.yml later;
 * {@code image} is the case's picture, not yet checked against media/.
 */
public record CaseDraft(
    Path file,
    String slug,
    String title,
    YamlScalar issueNode,
    int issue,
    LocalDate date,
    YamlScalar dateNode,
    List<String> languages,
    List<String> countries,
    List<YamlScalar> keywords,
    String claim,
    int claimLine,
    List<Source> sources,
    int sourcesLine,
    int sourcesColumn,
    String warning,
    String summary,
    Optional<YamlScalar> author,
    boolean draft,
    String body,
    int bodyLine,
    List<PlaceholderFinder.Found> placeholders,
    List<YamlScalar> aliases,
    List<UpdateDraft> updates,
    Optional<YamlScalar> rating,
    Optional<ImageDraft> image) {

  public CaseDraft {
    languages = List.copyOf(languages);
    countries = List.copyOf(countries);
    keywords = List.copyOf(keywords);
    sources = List.copyOf(sources);
    placeholders = List.copyOf(placeholders);
    aliases = List.copyOf(aliases);
    updates = List.copyOf(updates);
  }
}
