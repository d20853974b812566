package dev.bulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulletin new case|issue}: writes a new content file and prints its path. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Writes a new case or issue file that passes `bulletin check`.",
    subcommands = {NewCommand.NewCase.class, NewCommand.NewIssue.class})
final class NewCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing what to create: use `bulletin new case \"Headline\"` or `bulletin new issue`");
  }

  /** The content folder option both subcommands take. */
  static final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
        description = "Folder of Markdown content (default: ${DEFAULT-VALUE}).")
    Path content;
  }

  @Command(name = "case", mixinStandardHelpOptions = true,
      description = {"Writes cases/<year>/<slug>.md with every required front matter key,"
          + " today's date and `draft: true`; refuses to overwrite a file."})
  static final class NewCase implements Callable<Integer> {
    @CommandLine.Mixin ContentOption input = new ContentOption();

    @Parameters(paramLabel = "HEADLINE", description = "The claim's headline; the file name"
        + " is made from it.")
    String headline;

    @Option(names = "--issue", paramLabel = "N",
        description = "The issue the case belongs to (default: the latest issue).")
    Integer issue;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path file = new ContentScaffold(input.content, Clock.systemDefaultZone())
          .newCase(headline, issue == null ? OptionalInt.empty() : OptionalInt.of(issue));
      return printPath(spec, file);
    }
  }

  @Command(name = "issue", mixinStandardHelpOptions = true,
      description = {"Writes the next issue: number = latest + 1, dated a week after the"
          + " latest issue (or today, when that is later); refuses to overwrite a file."})
  static final class NewIssue implements Callable<Integer> {
    @CommandLine.Mixin ContentOption input = new ContentOption();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path file = new ContentScaffold(input.content, Clock.systemDefaultZone()).newIssue();
      return printPath(spec, file);
    }
  }

  private static int printPath(CommandLine.Model.CommandSpec spec, Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    PrintWriter out = spec.commandLine().getOut();
    out.println(shown.toString().replace('\\', '/'));
    out.flush();
    return ExitCodes.OK;
  }
}
