package dev.bulletin.cli;

/** The exit codes CI relies on. */
final class ExitCodes {
  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
