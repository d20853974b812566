package dev.bulletin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark command: generates a corpus of N cases (not timed), then runs {@code java -jar
 * bulletin.jar build} on it as a child process, so JVM start is part of the figure, and prints
 * wall time, cases per second, pages written and the child's peak resident memory.
 *
 * <pre>
 * java -cp target/bulletin.jar:target/test-classes dev.bulletin.bench.Benchmark --cases 20000
 *     [--seed 1] [--dir target/bench] [--runs 3] [--keep-output] [--jvm-arg -Xmx512m]...
 *     [--serve-edits 10] [--hook-commits 10]
 * </pre>
 *
 * Each run starts from an empty output folder unless {@code --keep-output} is given, which
 * measures a rebuild of unchanged content instead. {@code --serve-edits N} measures the preview
 * instead of builds (see {@link ServeEditBenchmark}), and {@code --hook-commits N} the
 * pre-commit hook's check of one-case commits (see {@link HookBenchmark}).
 */
public final class Benchmark {
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) pages \\((\\d+) changed\\)");

  private int cases = 1000;
  private long seed = 1;
  private Path dir = Path.of("target/bench");
  private int runs = 1;
  private boolean keepOutput;
  private int serveEdits;
  private int hookCommits;
  private Path jar = Path.of("target/bulletin.jar");
  private Path templates = Path.of("templates");
  private final List<String> jvmArgs = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--cases" -> benchmark.cases = Integer.parseInt(value);
        case "--seed" -> benchmark.seed = Long.parseLong(value);
        case "--dir" -> benchmark.dir = Path.of(value);
        case "--runs" -> benchmark.runs = Integer.parseInt(value);
        case "--jar" -> benchmark.jar = Path.of(value);
        case "--templates" -> benchmark.templates = Path.of(value);
        case "--jvm-arg" -> benchmark.jvmArgs.add(value);
        case "--serve-edits" -> benchmark.serveEdits = Integer.parseInt(value);
        case "--hook-commits" -> benchmark.hookCommits = Integer.parseInt(value);
        case "--keep-output" -> {
          benchmark.keepOutput = true;
          continue;
        }
        default -> {
          System.err.println("unknown option " + args[i] + "; options: --cases N --seed S"
              + " --dir DIR --runs R --jar JAR --templates DIR --jvm-arg ARG --keep-output"
              + " --serve-edits N --hook-commits N");
          System.exit(2);
        }
      }
      i++;
    }
    System.exit(benchmark.run());
  }

  private int run() throws IOException, InterruptedException {
    Path content = prepareCorpus();
    if (hookCommits > 0) {
      return new HookBenchmark(jar, jvmArgs).run(content, hookCommits);
    }
    if (serveEdits > 0) {
      return new ServeEditBenchmark(jar, templates, jvmArgs).run(content, serveEdits);
    }
    Path output = dir.resolve("site");
    List<Run> results = new ArrayList<>();
    for (int r = 1; r <= runs; r++) {
      if (!keepOutput) {
        deleteTree(output);
      }
      Run result = build(content, output);
      if (result.exitCode != 0) {
        System.out.println(result.log);
        System.err.println("build failed with exit code " + result.exitCode);
        return 1;
      }
      results.add(result);
      System.out.printf(Locale.ROOT, "run %d: %s%n", r, result.describe(cases));
    }
    if (runs > 1) {
      results.sort(Comparator.comparingDouble(Run::seconds));
      System.out.printf(Locale.ROOT, "median of %d: %s%n", runs,
          results.get(runs / 2).describe(cases));
    }
    return 0;
  }

  private Path prepareCorpus() throws IOException {
    Path content = dir.resolve("content");
    Path marker = dir.resolve("corpus.txt");
    String wanted = "cases=" + cases + " seed=" + seed + " generator="
        + CorpusGenerator.VERSION + "\n";
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted)) {
      System.out.printf(Locale.ROOT, "reusing the corpus of %d cases in %s%n", cases, content);
      return content;
    }
    deleteTree(content);
    long start = System.nanoTime();
    new CorpusGenerator(seed).write(content, cases);
    Files.writeString(marker, wanted);
    System.out.printf(Locale.ROOT, "generated %d cases (seed %d) in %s in %.1f s%n", cases,
        seed, content, (System.nanoTime() - start) / 1e9);
    return content;
  }

  private Run build(Path content, Path output) throws IOException, InterruptedException {
    Path timeLog = dir.resolve("time.txt");
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    List<String> command = new ArrayList<>();
    if (gnuTime) {
      command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", timeLog.toString()));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", jar.toString(), "build", "--content", content.toString(),
        "--templates", templates.toString(), "--output", output.toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> log.append(readAll(process.getInputStream())));
    reader.start();
    long peakKb = 0;
    double cpuSeconds = Double.NaN;
    while (process.isAlive()) {
      // Polled as a fallback when GNU time is missing; its figure is exact.
      peakKb = Math.max(peakKb, highWaterMark(process.pid()));
      Thread.sleep(10);
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    reader.join();
    if (gnuTime && Files.isRegularFile(timeLog)) {
      String[] lines = Files.readString(timeLog).strip().split("\n");
      String[] figures = lines[lines.length - 1].strip().split(" ");
      peakKb = Long.parseLong(figures[0]);
      cpuSeconds = Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]);
    }
    Matcher summary = SUMMARY.matcher(log);
    int pages = summary.find() ? Integer.parseInt(summary.group(1)) : 0;
    int changed = pages > 0 ? Integer.parseInt(summary.group(2)) : 0;
    return new Run(exit, seconds, cpuSeconds, pages, changed, peakKb, log.toString());
  }

  /**
   * The peak resident memory in kB of a process and every process under it (the JVM Bulletin
   * starts for its work, see TunedJvm), from /proc (0 where there is none).
   */
  static long highWaterMark(long pid) {
    long total = ownHighWaterMark(pid);
    for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList())
        .orElse(List.of())) {
      total += ownHighWaterMark(child.pid());
    }
    return total;
  }

  private static long ownHighWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between the check and the read, or there is no /proc.
    }
    return 0;
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private record Run(int exitCode, double seconds, double cpuSeconds, int pages, int changed,
      long peakKb, String log) {
    String describe(int cases) {
      return String.format(Locale.ROOT, "%.2f s wall, %.0f cases/s, %d pages (%d written),"
          + " peak RSS %d MB, %.1f s CPU", seconds, cases / seconds, pages, changed,
          peakKb / 1024, cpuSeconds);
    }
  }
}
