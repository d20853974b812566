package dev.bulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates}, for the commands that render pages: build, check and serve. */
final class TemplatesOption {
  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of templates, assets and message bundles that replace the built-in"
          + " theme's files of the same path (default: ${DEFAULT-VALUE}; may be missing).")
  Path templates;
}
