package dev.bulletin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulletin version}: the version and the commit it was built from, as --version says. */
@Command(name = "version", mixinStandardHelpOptions = true,
    description = "Prints the version of Bulletin and the commit it was built from.")
final class VersionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(BuildInfo.read().describe());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
