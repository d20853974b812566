package dev.bulletin.cli;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bulletin build}: validate, render and publish the site atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Validates the content and writes the site; writes nothing on errors.")
final class BuildCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();
  @Mixin TemplatesOption templates = new TemplatesOption();
  @Mixin BaseUrlOption baseUrl = new BaseUrlOption();

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
      description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--force", description = "Replace the output folder even when it is not"
      + " empty and holds no site Bulletin published. Never replaces the home folder, a Git"
      + " repository or the project's own folders.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Bulletin bulletin = new Bulletin(Path.of(""))) {
      BuildOptions options =
          input.toOptions(templates.templates, output, baseUrl.value()).withForce(force);
      // Said first, so a template error that follows can be read against it.
      bulletin.theme(options).summary().ifPresent(spec.commandLine().getOut()::println);
      Report report = bulletin.build(options);
      String summary = String.format(java.util.Locale.ROOT,
          "Built %d cases, %d issues, %d keywords: %d pages (%d changed) in %s → %s",
          report.cases(), report.issues(), report.keywords(), report.pages(),
          report.changedFiles(), ReportPrinter.seconds(report), output);
      return ReportPrinter.print(report, spec.commandLine().getOut(),
          spec.commandLine().getErr(), summary,
          "Nothing was written; fix the problems above and run again.");
    }
  }
}
