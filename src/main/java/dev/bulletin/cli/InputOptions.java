package dev.bulletin.cli;

import dev.bulletin.BuildOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code check} share. */
final class InputOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown content (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of Freemarker templates (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--drafts", description = "Include cases marked `draft: true`.")
  boolean drafts;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Overrides baseUrl from site.yml, e.g. for a preview deployment.")
  String baseUrl;

  @Option(names = "--strict", description = "Fail on warnings too (for CI).")
  boolean strict;

  BuildOptions toOptions(Path output) {
    return new BuildOptions(content, templates, output,
        Optional.ofNullable(baseUrl).map(url -> BuildOptions.baseUrl(url, "--base-url")), drafts,
        strict);
  }
}
