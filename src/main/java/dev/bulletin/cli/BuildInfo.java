package dev.bulletin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What Maven wrote about this build into {@code bulletin/build.properties}: the plugin's
 * coordinates (which {@code bulletin init} puts in a new bulletin's pom.xml) and the commit.
 */
record BuildInfo(String groupId, String artifactId, String version, String commit,
    boolean dirty) {
  private static final String FILE = "bulletin/build.properties";

  static BuildInfo read() {
    Properties build = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path; build"
            + " Bulletin with Maven, which writes it");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return new BuildInfo(build.getProperty("groupId"), build.getProperty("artifactId"),
        build.getProperty("version"), known(build.getProperty("commit", "")),
        "true".equals(build.getProperty("dirty")));
  }

  /** A value Maven filled in, or empty when it had none (a build outside a Git checkout). */
  private static String known(String value) {
    return value.startsWith("${") ? "" : value;
  }

  /** {@code bulletin 0.1.0 (commit 1a2b3c4)}, with "and local changes" when the tree was dirty. */
  String describe() {
    String built = commit.isEmpty() ? ""
        : " (commit " + commit + (dirty ? " with local changes" : "") + ")";
    return "bulletin " + version + built;
  }
}
