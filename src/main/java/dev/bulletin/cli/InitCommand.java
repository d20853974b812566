package dev.bulletin.cli;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.schema.SchemaWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bulletin init DIR}: a new bulletin repository that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Creates a new bulletin repository in DIR (new or empty): example content,"
        + " a pom.xml using the Bulletin Maven plugin, a GitHub workflow that checks pull"
        + " requests and publishes main, JSON Schemas and VS Code settings that underline"
        + " mistakes in site.yml, keywords.yml and authors.yml, and a README for editors. The"
        + " design is the built-in theme; no templates folder is needed."})
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The folder to create the bulletin in.")
  Path folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> written = new ArrayList<>(new ProjectScaffold(folder).create(LocalDate.now()));
    // The schemas .vscode/settings.json names, made from the example keywords.yml.
    Diagnostics diagnostics = new Diagnostics();
    written.addAll(SchemaWriter.write(folder.resolve("content"),
        folder.resolve(SchemaWriter.DEFAULT_FOLDER), diagnostics));
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException("the example content has errors: "
          + diagnostics.sorted());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Created a bulletin in " + folder + " (" + written.size() + " files)."
        + " Next: cd " + folder + " && mvn package to build the site, or mvn bulletin:serve to"
        + " preview it.");
    out.flush();
    return ExitCodes.OK;
  }
}
