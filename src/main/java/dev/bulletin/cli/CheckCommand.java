package dev.bulletin.cli;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bulletin check}: validate everything and render in memory, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validates the content and renders every page in memory, writing nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();
  @Mixin TemplatesOption templates = new TemplatesOption();
  @Mixin BaseUrlOption baseUrl = new BaseUrlOption();

  @CommandLine.Option(names = "--write-baseline", description = "Record every warning in the"
      + " baseline file, so later runs hide them and --strict fails only on new ones.")
  boolean writeBaseline;

  @CommandLine.Option(names = "--staged", description = "Check the content as staged for the"
      + " next Git commit (what the pre-commit hook runs); when only cases changed, only they"
      + " are read and checked against the rest, without rendering.")
  boolean staged;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Bulletin bulletin = new Bulletin(Path.of(""))) {
      BuildOptions options =
          input.toOptions(templates.templates, Path.of("site"), baseUrl.value());
      if (staged && writeBaseline) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--staged and --write-baseline do not go together: a baseline records the warnings"
                + " of the whole content");
      }
      if (staged) {
        return StagedCheck.run(bulletin, options, spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
      if (writeBaseline) {
        Report report = bulletin.writeBaseline(options);
        spec.commandLine().getOut().println("Wrote " + report.warningCount() + " warnings to "
            + report.baseline());
        return ReportPrinter.print(report.withoutWarnings(), spec.commandLine().getOut(),
            spec.commandLine().getErr(), "No errors; later runs hide these warnings.",
            "The errors above are never recorded; fix them and run again.");
      }
      Report report = bulletin.check(options);
      String summary = String.format(java.util.Locale.ROOT,
          "Checked %d cases, %d issues, %d keywords in %s: no errors%s",
          report.cases(), report.issues(), report.keywords(), ReportPrinter.seconds(report),
          report.warningCount() > 0 ? ", " + report.warningCount() + " warnings" : "");
      return ReportPrinter.print(report, spec.commandLine().getOut(),
          spec.commandLine().getErr(), summary,
          "Fix the problems above and run again.");
    }
  }
}
