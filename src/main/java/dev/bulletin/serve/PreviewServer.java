package dev.bulletin.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the {@link LiveSite} over HTTP: the pages of the current snapshot with the reload script
 * added to HTML, the error page while the content has errors, and the long-poll endpoint the
 * script waits on. Only GET and HEAD; nothing is read from disk.
 */
final class PreviewServer {
  /** How long one long-poll request waits before the page asks again. */
  private static final Duration POLL = Duration.ofSeconds(25);

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("webmanifest", "application/manifest+json"));

  private final HttpServer server;
  private final LiveSite site;
  private final Path base;
  private final boolean network;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(ChangeWatcher.daemon("bulletin-http"));

  /**
   * A server for {@code site}; when {@code network} (it listens beyond the loopback), requests
   * that name the machine by an IP address are answered too.
   */
  PreviewServer(HttpServer server, LiveSite site, Path base, boolean network) {
    this.server = server;
    this.site = site;
    this.base = base;
    this.network = network;
    server.createContext("/", this::page);
    server.createContext(ReloadScript.EVENTS_PATH, this::events);
    server.createContext(ReloadScript.SCRIPT_PATH, this::script);
    server.setExecutor(executor);
  }

  void start() {
    server.start();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!readOnly(exchange)) {
        return;
      }
      LiveSite.Generation generation = site.current();
      Snapshot snapshot = generation.snapshot();
      if (!snapshot.ok()) {
        String html = ErrorPage.render(snapshot, base, generation.number());
        send(exchange, 500, TYPES.get("html"), html.getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String key = path.substring(1);
      if (key.isEmpty() || key.endsWith("/")) {
        key += "index.html";
      }
      Optional<byte[]> page = snapshot.page(key);
      if (page.isPresent()) {
        send(exchange, 200, type(key), decorate(key, page.get(), generation.number()));
      } else if (snapshot.page(key + "/index.html").isPresent()) {
        exchange.getResponseHeaders().set("Location", path + "/");
        send(exchange, 301, TYPES.get("txt"), new byte[0]);
      } else {
        byte[] notFound = snapshot.page("404.html")
            .map(html -> ReloadScript.inject(html, generation.number()))
            .orElse(("Not found: " + path).getBytes(StandardCharsets.UTF_8));
        send(exchange, 404, snapshot.page("404.html").isPresent() ? TYPES.get("html")
            : TYPES.get("txt"), notFound);
      }
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!readOnly(exchange)) {
        return;
      }
      long since = since(exchange.getRequestURI().getRawQuery());
      long current;
      try {
        current = site.awaitNewer(since, POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      send(exchange, 200, TYPES.get("txt"),
          Long.toString(current).getBytes(StandardCharsets.US_ASCII));
    }
  }

  private void script(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (readOnly(exchange)) {
        send(exchange, 200, TYPES.get("js"),
            ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private boolean readOnly(HttpExchange exchange) throws IOException {
    if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"), network)) {
      // A page elsewhere that points its own host name at this machine (DNS rebinding) must
      // not read the preview, drafts included: only loopback names and addresses are answered.
      send(exchange, 403, TYPES.get("txt"), (network
          ? "Only requests to this machine's IP addresses, 127.0.0.1 or localhost are served."
          : "Only http://127.0.0.1 and http://localhost are served.")
          .getBytes(StandardCharsets.UTF_8));
      return false;
    }
    String method = exchange.getRequestMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
    send(exchange, 405, TYPES.get("txt"), new byte[0]);
    return false;
  }

  /**
   * Whether a request with the Host header {@code host} is answered: one naming the loopback;
   * on a {@code network} preview also one naming an IP address, which no other site's page can
   * send (rebinding needs a host name).
   */
  static boolean allowedHost(String host, boolean network) {
    return localHost(host) || network && host != null && IP_ADDRESS.matcher(host).matches();
  }

  private static final java.util.regex.Pattern IP_ADDRESS = java.util.regex.Pattern.compile(
      "(\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+\\])(:\\d+)?");

  /** Whether {@code host} (a Host header, perhaps with a port) names this machine's loopback. */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost")
        || name.equals("[::1]");
  }

  private static long since(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("since=")) {
          try {
            return Long.parseLong(pair.substring("since=".length()));
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }

  private static byte[] decorate(String key, byte[] bytes, long generation) {
    return key.endsWith(".html") ? ReloadScript.inject(bytes, generation) : bytes;
  }

  private static String type(String key) {
    int dot = key.lastIndexOf('.');
    String extension = dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
