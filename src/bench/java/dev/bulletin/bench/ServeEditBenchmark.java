package dev.bulletin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the preview as an editor meets it: starts {@code bulletin serve} on the corpus as a
 * child process, then edits one case's response {@code edits} times and, for each edit, times
 * from saving the file to the server answering with the changed page. Prints the time until the
 * server was ready, each edit's time, their median and the server's peak resident memory.
 */
final class ServeEditBenchmark {
  private static final String READY = "Serving http://127.0.0.1:";
  private final Path jar;
  private final Path templates;
  private final List<String> jvmArgs;

  ServeEditBenchmark(Path jar, Path templates, List<String> jvmArgs) {
    this.jar = jar;
    this.templates = templates;
    this.jvmArgs = jvmArgs;
  }

  int run(Path content, int edits) throws IOException, InterruptedException {
    Path file = someCase(content);
    String original = Files.readString(file);
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", jar.toString(), "serve", "--content", content.toString(),
        "--templates", templates.toString(), "--port", "0"));
    long start = System.nanoTime();
    Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String base = awaitReady(serve);
      System.out.printf(Locale.ROOT, "serve ready in %.2f s at %s%n",
          (System.nanoTime() - start) / 1e9, base);
      HttpClient http = HttpClient.newHttpClient();
      URI page = URI.create(base + "cases/" + slug + "/");
      List<Double> times = new ArrayList<>();
      for (int edit = 1; edit <= edits; edit++) {
        String marker = "Benchmark edit " + edit + " at " + System.nanoTime() + ".";
        long saved = System.nanoTime();
        Files.writeString(file, original.replaceFirst("\n## ", "\n" + marker + "\n\n## "));
        while (!http.send(HttpRequest.newBuilder(page).build(),
            HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
          Thread.sleep(2);
          if (System.nanoTime() - saved > TimeUnit.SECONDS.toNanos(120)) {
            System.err.println("edit " + edit + " was not served within 120 s");
            return 1;
          }
        }
        double seconds = (System.nanoTime() - saved) / 1e9;
        times.add(seconds);
        System.out.printf(Locale.ROOT, "edit %d: changed page served after %.0f ms%n", edit,
            seconds * 1000);
        Thread.sleep(300); // let the watcher's quiet spell pass, as between real saves
      }
      times.sort(null);
      System.out.printf(Locale.ROOT, "median of %d edits: %.0f ms; serve peak RSS %d MB%n",
          edits, times.get(times.size() / 2) * 1000, Benchmark.highWaterMark(serve.pid()) / 1024);
      return 0;
    } finally {
      Files.writeString(file, original);
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Path someCase(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content.resolve("cases"))) {
      List<Path> cases = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      return cases.get(cases.size() / 2);
    }
  }

  /** Reads the server's output until it says where it serves; keeps draining it afterwards. */
  private static String awaitReady(Process serve) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      int at = line.indexOf(READY);
      if (at >= 0) {
        String url = line.substring(at + "Serving ".length()).split(" ")[0];
        CompletableFuture.runAsync(() -> lines.lines().forEach(rest -> { }));
        return url;
      }
    }
    throw new IOException("serve stopped before it was ready");
  }
}
