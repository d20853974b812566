package dev.bulletin.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest, so it is set in one place: the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"bulletin " + (version == null ? "(development build)" : version)};
  }
}
