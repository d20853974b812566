package dev.bulletin.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a build, check or preview in a second JVM started with settings made for it. The JVM's
 * defaults suit a long-running server: on a small machine they let the heap grow to gigabytes
 * and spend the first seconds of a short batch run compiling. Bulletin knows its workload, so
 * {@code java -jar bulletin.jar build} starts {@code java OPTIONS -cp bulletin.jar ...} with the
 * same arguments and exits with its exit code. It does not when the user chose JVM options
 * themselves, when {@code BULLETIN_TUNED_JVM=false}, or when Bulletin runs inside another
 * program (the Maven plugin, tests).
 */
final class TunedJvm {
  /** Marks the second JVM, so that it does not start a third. */
  static final String CHILD = "bulletin.tunedJvm";
  /**
   * The serial collector keeps the heap near what the build holds (G1's spare regions are
   * what made peak memory about twice as large). C1-only compiling halves a 1,000-case build
   * but made a 100,000-case one 60 % slower, so it is left out until it can depend on size.
   */
  static final List<String> OPTIONS = List.of("-XX:+UseSerialGC");
  private static final Set<String> COMMANDS = Set.of("build", "check", "serve");

  private TunedJvm() {}

  /** Whether {@code args} should run in a tuned JVM, given how this JVM was started. */
  static boolean worthIt(String[] args, List<String> jvmArguments, Map<String, String> env,
      boolean childAlready, Optional<Path> jar) {
    return !childAlready && jar.isPresent() && args.length > 0 && COMMANDS.contains(args[0])
        && !"false".equalsIgnoreCase(env.getOrDefault("BULLETIN_TUNED_JVM", ""))
        && !env.containsKey("JAVA_TOOL_OPTIONS") && !env.containsKey("JDK_JAVA_OPTIONS")
        && jvmArguments.stream().noneMatch(a -> a.startsWith("-X") || a.startsWith("-agent")
            || a.startsWith("-javaagent"));
  }

  /** Runs {@code args} in a tuned JVM and returns its exit code, or empty to run them here. */
  static Optional<Integer> run(String[] args) {
    Optional<Path> jar = ownJar();
    // The JVM's own arguments, those before `-jar`; read from the process, not through JMX,
    // which would cost this short-lived JVM a tenth of a second.
    List<String> jvmArguments = new ArrayList<>();
    for (String argument : ProcessHandle.current().info().arguments().orElse(new String[0])) {
      if (argument.equals("-jar")) {
        break;
      }
      jvmArguments.add(argument);
    }
    if (!worthIt(args, jvmArguments, System.getenv(), System.getProperty(CHILD) != null, jar)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPTIONS);
    command.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
    command.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
    command.addAll(List.of(args));
    try {
      Process child = new ProcessBuilder(command).inheritIO().start();
      // Stopped (Ctrl-C, a CI timeout), this JVM stops the build it started.
      Thread stop = new Thread(child::destroy);
      Runtime.getRuntime().addShutdownHook(stop);
      int code = child.waitFor();
      return Optional.of(code);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(ExitCodes.INTERNAL);
    }
  }

  /**
   * In the second JVM: stops when the first one is gone (killed with no chance to stop this
   * one), so that no preview server is left running without its terminal.
   */
  static void followParent() {
    String parent = System.getProperty(CHILD);
    if (parent == null) {
      return;
    }
    try {
      ProcessHandle.of(Long.parseLong(parent)).ifPresent(handle ->
          handle.onExit().thenRun(() -> System.exit(ExitCodes.INTERNAL)));
    } catch (NumberFormatException notAPid) {
      // Set by hand to something else: nothing to follow.
    }
  }

  private static Optional<Path> ownJar() {
    try {
      var source = Main.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
