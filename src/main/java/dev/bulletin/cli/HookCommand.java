package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulletin hook install}: a Git pre-commit hook that runs {@code check --staged}. */
@Command(name = "hook", mixinStandardHelpOptions = true,
    description = "Git hooks for a bulletin repository.",
    subcommands = {HookCommand.Install.class})
final class HookCommand implements Runnable {
  /** The line that marks a hook as Bulletin's, so that reinstalling may replace it. */
  static final String MARK = "# Written by `bulletin hook install`.";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use `bulletin hook install`");
  }

  @Command(name = "install", mixinStandardHelpOptions = true,
      description = {"Writes the pre-commit hook of the Git repository around the content"
          + " folder: before each commit it runs `check --staged --strict` on what is staged."
          + " Refuses to replace a hook it did not write, unless --force."})
  static final class Install implements Callable<Integer> {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
        description = "Folder of Markdown content (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--force", description = "Replace a pre-commit hook Bulletin did not"
        + " write.")
    boolean force;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ContentFolder.require(content);
      Git git = new Git(content);
      Path top = Path.of(git.line("rev-parse", "--show-toplevel"));
      // --git-path follows core.hooksPath and the hooks folder of a linked work tree.
      Path hook = top.resolve(git.line("rev-parse", "--path-format=absolute",
          "--git-path", "hooks/pre-commit"))
          .normalize();
      if (Files.exists(hook) && !force && !read(hook).contains(MARK)) {
        throw new BulletinException("refusing to replace " + hook + ": Bulletin did not write"
            + " it; merge `" + command(top) + "` into it by hand, or pass --force to replace"
            + " it");
      }
      write(hook, script(top));
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wrote " + hook + ": each commit now runs `check --staged --strict` first"
          + " (`git commit --no-verify` skips it once).");
      out.flush();
      return ExitCodes.OK;
    }

    private String script(Path top) {
      return "#!/bin/sh\n"
          + MARK + "\n"
          + "# Checks the content as this commit records it; only the staged cases when only\n"
          + "# cases changed. Edit freely: reinstalling replaces this file.\n"
          + "exec " + command(top) + "\n";
    }

    /** This Bulletin, run the way it is running now, with the content relative to the top. */
    private String command(Path top) {
      Path where = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation()
          .getPath());
      String java = quote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      String bulletin = where.toString().endsWith(".jar") ? "-jar " + quote(where.toString())
          : "-cp " + quote(System.getProperty("java.class.path")) + " " + Main.class.getName();
      Path absolute = content.toAbsolutePath().normalize();
      String folder = absolute.startsWith(top.toAbsolutePath().normalize())
          ? top.toAbsolutePath().normalize().relativize(absolute).toString()
          : absolute.toString();
      return java + " " + bulletin + " check --staged --strict --content " + quote(folder);
    }

    private static String quote(String text) {
      return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // A binary hook is not ours either.
        return "";
      }
    }

    private static void write(Path hook, String text) {
      try {
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // Windows: Git for Windows runs hooks through its own shell, whatever the mode.
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + hook, e);
      }
    }
  }
}
