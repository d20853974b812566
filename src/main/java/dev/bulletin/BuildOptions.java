package dev.bulletin;

import dev.bulletin.diag.Baseline;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.model.BaseUrl;
import dev.bulletin.model.SiteConfig;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how: the content, templates and output folders, an optional base URL that
 * overrides site.yml's, whether drafts are published, whether warnings fail the build and where
 * the baseline of known warnings is.
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path output,
    Optional<BaseUrl> baseUrl,
    boolean drafts,
    boolean strict,
    boolean force,
    Optional<Path> baseline) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(output, "output");
    baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
    baseline = baseline == null ? Optional.empty() : baseline;
  }

  /** Options reading the baseline next to the content folder, if there is one. */
  public BuildOptions(Path content, Path templates, Path output, Optional<BaseUrl> baseUrl,
      boolean drafts, boolean strict, boolean force) {
    this(content, templates, output, baseUrl, drafts, strict, force, Optional.empty());
  }

  /** Options that never replace a folder Bulletin did not write (see {@code --force}). */
  public BuildOptions(Path content, Path templates, Path output, Optional<BaseUrl> baseUrl,
      boolean drafts, boolean strict) {
    this(content, templates, output, baseUrl, drafts, strict, false);
  }

  /** The defaults of the command line: {@code content}, {@code templates}, {@code site}. */
  public static BuildOptions defaults(Path projectRoot) {
    return new BuildOptions(projectRoot.resolve("content"), projectRoot.resolve("templates"),
        projectRoot.resolve("site"), Optional.empty(), false, false);
  }

  /**
   * The base URL given as {@code setting} ({@code --base-url}, {@code bulletin.baseUrl}).
   *
   * @throws BulletinException (a usage error) when {@code text} is not a full http(s) address
   */
  public static BaseUrl baseUrl(String text, String setting) {
    return BaseUrl.parse(text).orElseThrow(() -> new BulletinException(setting + " must be the"
        + " full web address the site is published at, like https://example.org/bulletin/, but"
        + " it is `" + Diagnostic.escapeControls(text) + "`"));
  }

  /** The site settings to build with: site.yml's, with {@link #baseUrl} in place if given. */
  public SiteConfig siteConfig(SiteConfig fromContent) {
    return baseUrl.map(fromContent::withBaseUrl).orElse(fromContent);
  }

  public BuildOptions withOutput(Path newOutput) {
    return new BuildOptions(content, templates, newOutput, baseUrl, drafts, strict, force,
        baseline);
  }

  public BuildOptions withBaseUrl(BaseUrl url) {
    return new BuildOptions(content, templates, output, Optional.of(url), drafts, strict, force,
        baseline);
  }

  /** With an address known to be valid, such as the preview server's own. */
  public BuildOptions withBaseUrl(String url) {
    return withBaseUrl(BaseUrl.of(url));
  }

  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(content, templates, output, baseUrl, include, strict, force, baseline);
  }

  /**
   * Options that may replace a non-empty output folder without Bulletin's marker; folders that
   * must never be replaced (home, a repository, the project) are refused all the same.
   */
  public BuildOptions withForce(boolean replaceForeignFolder) {
    return new BuildOptions(content, templates, output, baseUrl, drafts, strict,
        replaceForeignFolder, baseline);
  }

  /** Options reading known warnings from {@code file} instead of bulletin-baseline.txt. */
  public BuildOptions withBaseline(Path file) {
    return new BuildOptions(content, templates, output, baseUrl, drafts, strict, force,
        Optional.of(file));
  }

  /**
   * The baseline file: the one given, or {@code bulletin-baseline.txt} in the folder that holds
   * the content folder.
   */
  public Path baselineFile() {
    return baseline.orElseGet(() -> {
      Path folder = content.toAbsolutePath().normalize().getParent();
      return (folder == null ? Path.of("") : folder).resolve(Baseline.FILE_NAME);
    });
  }

  public BuildOptions withStrict(boolean failOnWarnings) {
    return new BuildOptions(content, templates, output, baseUrl, drafts, failOnWarnings, force,
        baseline);
  }
}
