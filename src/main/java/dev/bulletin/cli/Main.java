package dev.bulletin.cli;

import dev.bulletin.RootLocale;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulletin} command: {@code build} and {@code check}. */
@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds the static website of a weekly debunk bulletin from Markdown cases.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
        ThemeCommand.class, InitCommand.class, SchemaCommand.class, HookCommand.class,
        VersionCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Optional<Integer> tuned = TunedJvm.run(args);
    if (tuned.isPresent()) {
      System.exit(tuned.get());
    }
    TunedJvm.followParent();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, for tests and embedding. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output going to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return RootLocale.during(() -> {
      CommandLine commandLine = new CommandLine(new Main())
          .setOut(out)
          .setErr(err)
          .setExecutionExceptionHandler(new FailureHandler());
      return commandLine
          .setParameterExceptionHandler(
              new UnusedOptionHandler(commandLine.getParameterExceptionHandler()))
          .execute(args);
    });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use `bulletin build`, `check`, `serve`, `new`, `theme`, `init`,"
            + " `schema`, `hook` or `version` (see `bulletin --help`)");
  }
}
