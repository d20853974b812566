package dev.bulletin.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When `java -jar bulletin.jar` starts its work in a second, tuned JVM, and when it does not. */
class TunedJvmTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("/opt/bulletin.jar"));

  private static boolean worthIt(String[] args, List<String> jvm, Map<String, String> env) {
    return TunedJvm.worthIt(args, jvm, env, false, JAR);
  }

  @Test
  void buildCheckAndServeFromTheJarWithNoJvmOptionsAreTuned() {
    for (String command : List.of("build", "check", "serve")) {
      assertTrue(worthIt(new String[] {command, "--strict"}, List.of("java"), Map.of()), command);
    }
  }

  @Test
  void shortCommandsAreNot() {
    for (String command : List.of("new", "init", "theme", "version", "--version", "--help")) {
      assertFalse(worthIt(new String[] {command}, List.of("java"), Map.of()), command);
    }
    assertFalse(worthIt(new String[0], List.of("java"), Map.of()));
  }

  @Test
  void optionsTheUserChoseAreKept() {
    String[] build = {"build"};
    assertFalse(worthIt(build, List.of("java", "-Xmx8g"), Map.of()));
    assertFalse(worthIt(build, List.of("java", "-XX:+UseZGC"), Map.of()));
    assertFalse(worthIt(build, List.of("java", "-javaagent:jfr.jar"), Map.of()));
    assertFalse(worthIt(build, List.of("java"), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g")));
    assertFalse(worthIt(build, List.of("java"), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g")));
    assertFalse(worthIt(build, List.of("java"), Map.of("BULLETIN_TUNED_JVM", "false")));
    // A system property is not a JVM setting: still tuned.
    assertTrue(worthIt(build, List.of("java", "-Dfile.encoding=UTF-8"), Map.of()));
  }

  @Test
  void neverFromClassesOrFromTheTunedJvmItself() {
    String[] build = {"build"};
    assertFalse(TunedJvm.worthIt(build, List.of("java"), Map.of(), false, Optional.empty()));
    assertFalse(TunedJvm.worthIt(build, List.of("java"), Map.of(), true, JAR));
  }
}
