package dev.bulletin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates}, for the commands that render pages: {@code build}, {@code check}, {@code serve}. */
final class TemplatesOption {
  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of Freemarker templates (default: ${DEFAULT-VALUE}).")
  Path templates;
}
