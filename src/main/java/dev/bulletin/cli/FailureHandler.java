package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import picocli.CommandLine;

/** Prints failures as one line, without a stack trace: usage problems exit 2, others 3. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine,
      CommandLine.ParseResult parseResult) {
    if (e instanceof BulletinException) {
      commandLine.getErr().println("bulletin: error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    commandLine.getErr().println("bulletin: internal failure: " + e);
    if (Boolean.getBoolean("bulletin.debug")) {
      e.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.INTERNAL;
  }
}
