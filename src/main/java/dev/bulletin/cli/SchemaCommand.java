package dev.bulletin.cli;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.schema.SchemaWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulletin schema}: JSON Schemas of what editors write, for their editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Writes JSON Schemas (draft-07) of the front matter of cases, issues and"
        + " pages and of site.yml, keywords.yml and authors.yml, with this bulletin's keywords"
        + " and authors as the allowed values, so editors complete and underline them. Run it"
        + " again after changing keywords.yml or authors.yml."})
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown content (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = SchemaWriter.DEFAULT_FOLDER,
      description = "Where to write the schemas (default: ${DEFAULT-VALUE}).")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ContentFolder.require(content);
    Diagnostics diagnostics = new Diagnostics();
    List<Path> written = SchemaWriter.write(content, output, diagnostics);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (written.isEmpty()) {
      Path here = Path.of("").toAbsolutePath();
      List<Diagnostic> found = diagnostics.sorted();
      found.forEach(diagnostic -> err.println(diagnostic.format(here)));
      err.println(DiagnosticSummary.of(found));
      err.println("No schema written: fix the problems above and run again.");
      err.flush();
      return ExitCodes.CONTENT_ERRORS;
    }
    out.println("Wrote " + written.size() + " schemas to " + output);
    out.flush();
    return ExitCodes.OK;
  }
}
