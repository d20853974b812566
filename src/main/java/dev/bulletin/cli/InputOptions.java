package dev.bulletin.cli;

import dev.bulletin.BuildOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options {@code build}, {@code check} and {@code serve} share. Options only some of them
 * use are separate mixins ({@link TemplatesOption}, {@link BaseUrlOption}), so a command never
 * accepts an option it would ignore.
 */
final class InputOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown content (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--drafts", description = "Include cases marked `draft: true`.")
  boolean drafts;

  @Option(names = "--strict", description = "Fail on warnings too (for CI), except those the"
      + " baseline lists.")
  boolean strict;

  @Option(names = "--baseline", paramLabel = "FILE", description = "File of known warnings to"
      + " hide (default: bulletin-baseline.txt next to the content folder).")
  Path baseline;

  /** The options of a run reading {@code templates}, writing {@code output}. */
  BuildOptions toOptions(Path templates, Path output, Optional<String> baseUrl) {
    return new BuildOptions(content, templates, output,
        baseUrl.map(url -> BuildOptions.baseUrl(url, "--base-url")), drafts, strict, false,
        Optional.ofNullable(baseline));
  }
}
