package dev.bulletin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the pre-commit hook as an editor meets it: in a Git repository around the corpus,
 * {@code commits} times edits one case's response, stages it and times what the hook runs,
 * {@code bulletin check --staged --strict} as a child process, JVM start included; then
 * commits without the hook and goes on. Prints each check's wall time and their median.
 */
final class HookBenchmark {
  private final Path jar;
  private final List<String> jvmArgs;

  HookBenchmark(Path jar, List<String> jvmArgs) {
    this.jar = jar.toAbsolutePath();
    this.jvmArgs = jvmArgs;
  }

  int run(Path content, int commits) throws IOException, InterruptedException {
    Path repo = content.toAbsolutePath().getParent();
    if (!Files.isDirectory(repo.resolve(".git"))) {
      // Not timed: one commit of the whole corpus, reused by later runs.
      git(repo, "init", "-q");
      Files.writeString(repo.resolve(".gitignore"), "site/\ncorpus.txt\n");
      git(repo, "add", "-A");
      git(repo, "commit", "-q", "-m", "corpus");
    }
    List<Path> cases;
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      cases = files.filter(f -> f.toString().endsWith(".md")).sorted().limit(commits).toList();
    }
    List<Double> times = new ArrayList<>();
    for (Path file : cases) {
      String text = Files.readString(file);
      Files.writeString(file, text.replaceFirst("\n## ", "\nHook benchmark edit.\n\n## "));
      git(repo, "add", "--", repo.relativize(file).toString());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmArgs);
      command.addAll(List.of("-jar", jar.toString(), "check", "--staged", "--strict",
          "--content", "content"));
      long start = System.nanoTime();
      Process check = new ProcessBuilder(command).directory(repo.toFile())
          .redirectErrorStream(true).start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = check.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (code != 0) {
        System.err.println("check --staged failed with exit code " + code + ":\n" + output);
        return 1;
      }
      times.add(seconds);
      System.out.printf(Locale.ROOT, "commit %d: check --staged took %.0f ms (%s)%n",
          times.size(), seconds * 1000, output.strip());
      git(repo, "commit", "-q", "--no-verify", "-m", "hook benchmark edit");
    }
    times.sort(null);
    System.out.printf(Locale.ROOT, "median of %d one-case commits: %.0f ms%n", times.size(),
        times.get(times.size() / 2) * 1000);
    return 0;
  }

  private static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c",
        "user.name=Benchmark", "-c", "user.email=benchmark@example.org", "-c",
        "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (git.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
  }
}
