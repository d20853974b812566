package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import picocli.CommandLine;

/** Prints failures as one line, without a stack trace: usage problems exit 2, others 3. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  /**
   * The failure and every cause under it, e.g. "cannot write cases/x/index.html: No space left
   * on device": a wrapped I/O error says where, its cause says why.
   */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(String.valueOf(failure));
    for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append(": ").append(cause instanceof java.io.IOException io
          ? io.getClass().getSimpleName() + " " + io.getMessage() : cause.toString());
    }
    return text.toString();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine,
      CommandLine.ParseResult parseResult) {
    if (e instanceof BulletinException) {
      commandLine.getErr().println("bulletin: error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    commandLine.getErr().println("bulletin: internal failure: " + describe(e));
    if (Boolean.getBoolean("bulletin.debug")) {
      e.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.INTERNAL;
  }
}
