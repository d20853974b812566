package dev.bulletin;

import dev.bulletin.model.SiteConfig;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how: the content, templates and output folders, an optional base URL that
 * overrides site.yml's, whether drafts are published and whether warnings fail the build.
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path output,
    Optional<String> baseUrl,
    boolean drafts,
    boolean strict) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(output, "output");
    baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
  }

  /** The defaults of the command line: {@code content}, {@code templates}, {@code site}. */
  public static BuildOptions defaults(Path projectRoot) {
    return new BuildOptions(projectRoot.resolve("content"), projectRoot.resolve("templates"),
        projectRoot.resolve("site"), Optional.empty(), false, false);
  }

  /** The site settings to build with: site.yml's, with {@link #baseUrl} in place if given. */
  public SiteConfig siteConfig(SiteConfig fromContent) {
    return baseUrl.map(fromContent::withBaseUrl).orElse(fromContent);
  }

  public BuildOptions withOutput(Path newOutput) {
    return new BuildOptions(content, templates, newOutput, baseUrl, drafts, strict);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(content, templates, output, Optional.of(url), drafts, strict);
  }

  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(content, templates, output, baseUrl, include, strict);
  }

  public BuildOptions withStrict(boolean failOnWarnings) {
    return new BuildOptions(content, templates, output, baseUrl, drafts, failOnWarnings);
  }
}
