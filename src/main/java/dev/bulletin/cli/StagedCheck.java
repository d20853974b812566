package dev.bulletin.cli;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code bulletin check --staged}, what the pre-commit hook runs: checks the content as the
 * commit would record it. When only cases were added or edited (the usual commit), just those
 * cases are read and checked against the rest, without rendering, so a one-case commit in a
 * large archive is quick; any other change (an issue, keywords.yml, a template, a deleted or
 * renamed file) can break any page, so everything is checked and rendered.
 */
final class StagedCheck {
  private StagedCheck() {}

  static int run(Bulletin bulletin, BuildOptions options, PrintWriter out, PrintWriter err) {
    Path content = options.content().toAbsolutePath().normalize();
    Path templates = options.templates().toAbsolutePath().normalize();
    StagedFiles staged = StagedFiles.of(content);
    List<StagedFiles.Change> changes = staged.changes().stream()
        .filter(c -> c.file().startsWith(content) || c.file().startsWith(templates))
        .toList();
    if (changes.isEmpty()) {
      out.println("Nothing staged in " + options.content() + " or " + options.templates()
          + " to check.");
      out.flush();
      return ExitCodes.OK;
    }
    Path cases = content.resolve("cases");
    boolean onlyCases = changes.stream().allMatch(c -> c.status() != 'D'
        && c.file().startsWith(cases) && c.file().toString().endsWith(".md"));
    String failure = "Fix the problems above, stage the fixes and commit again (`git commit"
        + " --no-verify` skips this check).";
    if (onlyCases) {
      Set<Path> files = changes.stream().map(StagedFiles.Change::file)
          .collect(Collectors.toSet());
      Report report = bulletin.checkCases(options, files, staged::bytes);
      return ReportPrinter.print(report, out, err, "Checked " + files.size() + " staged case"
          + (files.size() == 1 ? "" : "s") + " against the rest of the content in "
          + ReportPrinter.seconds(report) + ": no errors", failure);
    }
    Report report = bulletin.check(options, true, staged::bytes);
    return ReportPrinter.print(report, out, err, "Checked " + report.cases() + " cases with "
        + changes.size() + " staged change" + (changes.size() == 1 ? "" : "s") + " in "
        + ReportPrinter.seconds(report) + ": no errors", failure);
  }
}
