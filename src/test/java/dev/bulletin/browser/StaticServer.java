package dev.bulletin.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site from 127.0.0.1 under its base path, as a static host would. */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json",
      "xml", "application/xml", "csv", "text/csv; charset=utf-8", "txt", "text/plain");

  private final HttpServer server;
  private final Path root;
  private final String basePath;

  StaticServer(Path root, String basePath) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(basePath, this::handle);
    server.start();
  }

  /** The site's base URL on this server, e.g. {@code http://127.0.0.1:4711/bulletin/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8)
        .substring(basePath.length());
    if (path.isEmpty() || path.endsWith("/")) {
      path += "index.html";
    }
    Path file = root.resolve(path).normalize();
    int status = 200;
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      file = root.resolve("404.html");
      status = 404;
    }
    String name = file.getFileName().toString();
    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
        "application/octet-stream");
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
