package dev.bulletin.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --base-url}, for the commands that make links for a published address ({@code build},
 * {@code check}); the preview always serves at its own address.
 */
final class BaseUrlOption {
  @Option(names = "--base-url", paramLabel = "URL",
      description = "Overrides baseUrl from site.yml, e.g. for a preview deployment.")
  String baseUrl;

  Optional<String> value() {
    return Optional.ofNullable(baseUrl);
  }
}
