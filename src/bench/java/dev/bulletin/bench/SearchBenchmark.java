package dev.bulletin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures the search page the way a reader on a phone meets it: a generated bulletin (or a built
 * site given with {@code --site}) served with gzip from 127.0.0.1, opened in headless Chromium
 * with the network held to 10 Mbps and the CPU slowed 4× through the DevTools protocol. It opens
 * a shared search link for one word, then types a second word letter by letter and pastes a
 * third, and prints for each step the bytes transferred, the time until results show and the
 * longest task ({@link SearchProbe} does the measuring).
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
 *     dev.bulletin.bench.SearchBenchmark --cases 20000 [--seed 1] [--dir target/bench-search]
 *     [--site DIR --base-path /bulletin/] [--query WORD]... [--mbps 10] [--latency 40]
 *     [--cpu 4] [--runs 3]
 * </pre>
 *
 * Without {@code --query} it takes three words of the index: common, middling and rarer ones.
 * Timing needs a quiet machine; the byte counts do not.
 */
public final class SearchBenchmark {
  private int cases = 20_000;
  private long seed = 1;
  private Path dir = Path.of("target/bench-search");
  private Path site;
  private String basePath = "/";
  private Path jar = Path.of("target/bulletin.jar");
  private Path templates = Path.of("templates");
  private final List<String> queries = new ArrayList<>();
  private final SearchProbe.Conditions conditions = new SearchProbe.Conditions();
  private int runs = 1;

  public static void main(String[] args) throws Exception {
    SearchBenchmark bench = new SearchBenchmark();
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 == args.length) {
        fail(args[i]);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--cases" -> bench.cases = Integer.parseInt(value);
        case "--seed" -> bench.seed = Long.parseLong(value);
        case "--dir" -> bench.dir = Path.of(value);
        case "--site" -> bench.site = Path.of(value);
        case "--base-path" -> bench.basePath = value;
        case "--jar" -> bench.jar = Path.of(value);
        case "--templates" -> bench.templates = Path.of(value);
        case "--query" -> bench.queries.add(value);
        case "--mbps" -> bench.conditions.mbps = Double.parseDouble(value);
        case "--latency" -> bench.conditions.latencyMs = Double.parseDouble(value);
        case "--cpu" -> bench.conditions.cpuSlowdown = Double.parseDouble(value);
        case "--runs" -> bench.runs = Integer.parseInt(value);
        default -> fail(args[i]);
      }
    }
    System.exit(bench.run());
  }

  private static void fail(String option) {
    System.err.println("unknown option or missing value: " + option + "; options: --cases N"
        + " --seed S --dir DIR --site DIR --base-path PATH --jar JAR --templates DIR"
        + " --query WORD --mbps M --latency MS --cpu RATE --runs R");
    System.exit(2);
  }

  private int run() throws Exception {
    Path built = site != null ? site : buildCorpus();
    if (built == null) {
      return 1;
    }
    List<String> words = queries.isEmpty() ? SearchProbe.wordsOf(built) : queries;
    System.out.printf(Locale.ROOT, "search benchmark: %s, words %s; %s%n", built, words,
        conditions);
    try (GzipSiteServer server = new GzipSiteServer(built, basePath)) {
      for (int r = 1; r <= runs; r++) {
        System.out.printf(Locale.ROOT, "run %d:%n", r);
        // A new browser each run: an empty cache, as a first visit has.
        try (SearchProbe probe = new SearchProbe(conditions)) {
          probe.measure(server.baseUrl() + "search/", words).forEach(System.out::println);
        }
      }
    }
    return 0;
  }

  /** Generates the corpus and builds it (both skipped when done before with these settings). */
  private Path buildCorpus() throws IOException, InterruptedException {
    Path content = dir.resolve("content");
    Path output = dir.resolve("site");
    Path marker = dir.resolve("corpus.txt");
    String wanted = "cases=" + cases + " seed=" + seed + " jar=" + Files.getLastModifiedTime(jar)
        + "\n";
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted)
        && Files.isDirectory(output)) {
      System.out.printf(Locale.ROOT, "reusing the site of %d cases in %s%n", cases, output);
      return output;
    }
    Files.deleteIfExists(marker);
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    new CorpusGenerator(seed).write(content, cases);
    // Built for the address it is served at, the server's root.
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar.toString(), "build", "--content", content.toString(),
        "--templates", templates.toString(), "--output", output.toString(), "--base-url",
        "http://127.0.0.1/");
    Path log = dir.resolve("build.log");
    Process build = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (build.waitFor() != 0) {
      System.err.println("the build failed (see " + log + "): " + String.join(" ", command));
      return null;
    }
    List<String> lines = Files.readAllLines(log);
    System.out.println(lines.isEmpty() ? "built " + output : lines.get(lines.size() - 1));
    basePath = "/";
    Files.writeString(marker, wanted);
    return output;
  }
}
