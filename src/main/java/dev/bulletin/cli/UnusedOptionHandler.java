package dev.bulletin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Refuses an option that another command takes with a plain reason, where picocli would only
 * say "Unknown option": an editor who passes {@code check --output x} expects it to matter.
 * Any other usage problem goes to picocli's own handler.
 */
final class UnusedOptionHandler implements CommandLine.IParameterExceptionHandler {
  /** Why a command has no use for an option, where that is not obvious. */
  private static final Map<String, String> WHY = Map.of(
      "check --output", "check writes nothing",
      "check --force", "check writes nothing",
      "serve --base-url", "the preview is always served at its own address,"
          + " http://127.0.0.1:PORT/",
      "serve --output", "the preview is built in memory and writes nothing",
      "serve --force", "the preview is built in memory and writes nothing");

  private final CommandLine.IParameterExceptionHandler fallback;

  UnusedOptionHandler(CommandLine.IParameterExceptionHandler fallback) {
    this.fallback = fallback;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args)
      throws Exception {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine command = e.getCommandLine();
      Optional<String> option = unmatched.getUnmatched().stream()
          .filter(arg -> arg.startsWith("-"))
          .map(arg -> arg.split("=", 2)[0])
          .findFirst();
      if (option.isPresent()) {
        List<String> users = users(root(command), option.get());
        if (!users.isEmpty()) {
          String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ", "");
          String why = Optional.ofNullable(WHY.get(name + " " + option.get()))
              .map(reason -> ": " + reason).orElse("");
          PrintWriter err = command.getErr();
          err.println("bulletin: error: `" + name + "` does not use " + option.get() + why
              + "; leave the option out (it is for " + inWords(users) + ")");
          err.flush();
          return ExitCodes.USAGE;
        }
      }
    }
    return fallback.handleParseException(e, args);
  }

  private static CommandLine root(CommandLine command) {
    CommandLine root = command;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return root;
  }

  /** "`a`", "`a` and `b`", "`a`, `b` and `c`". */
  private static String inWords(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  /** The commands under {@code command} that take {@code option}, as `name` in order. */
  private static List<String> users(CommandLine command, String option) {
    List<String> users = new ArrayList<>();
    for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
      if (sub.getCommandSpec().optionsMap().containsKey(option)) {
        users.add("`" + sub.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ", "")
            + "`");
      }
      users.addAll(users(sub, option));
    }
    return users;
  }
}
