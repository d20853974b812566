package dev.bulletin.cli;

import picocli.CommandLine;

/** The version and commit Maven wrote at build time, so the version is set in one place. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {BuildInfo.read().describe()};
  }
}
