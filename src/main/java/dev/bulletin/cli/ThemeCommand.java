package dev.bulletin.cli;

import dev.bulletin.theme.Theme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bulletin theme eject}: copies built-in theme files out for editing. */
@Command(name = "theme", mixinStandardHelpOptions = true,
    description = "Works with the built-in theme.",
    subcommands = {ThemeCommand.Eject.class})
final class ThemeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing what to do: use `bulletin theme eject [FILE...]`");
  }

  @Command(name = "eject", mixinStandardHelpOptions = true,
      description = {"Copies built-in theme files (all of them when no FILE is named) into the"
          + " templates folder, where they override the built-in ones; refuses to overwrite"
          + " a file. FILE is a path in the theme, like case.ftlh or assets/style.css."})
  static final class Eject implements Callable<Integer> {
    @Mixin TemplatesOption templates = new TemplatesOption();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Theme files to copy.")
    List<String> files = new ArrayList<>();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<Path> written = new ThemeEjector(Theme.of(templates.templates), templates.templates)
          .eject(files);
      PrintWriter out = spec.commandLine().getOut();
      written.forEach(file -> out.println(file.toString().replace('\\', '/')));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
