package dev.bulletin.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site from 127.0.0.1 under its base path as a static host does: text files
 * gzip-compressed when the browser accepts it (compressed once and kept, so compressing is not
 * part of what is measured), with a Content-Length, several requests at a time.
 */
final class GzipSiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json",
      "xml", "application/xml", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final String basePath;
  private final Map<Path, byte[]> compressed = new ConcurrentHashMap<>();

  GzipSiteServer(Path root, String basePath) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext(basePath, this::handle);
    server.setExecutor(Executors.newFixedThreadPool(6));
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
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
    boolean gzip = type != null && accepts != null && accepts.contains("gzip");
    byte[] body = gzip ? compressed.computeIfAbsent(file, GzipSiteServer::gzip)
        : Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type",
        type == null ? "application/octet-stream" : type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    if (gzip) {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] gzip(Path file) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
        out.write(Files.readAllBytes(file));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
