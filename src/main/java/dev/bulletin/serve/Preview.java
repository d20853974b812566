package dev.bulletin.serve;

import com.sun.net.httpserver.HttpServer;
import dev.bulletin.BuildOptions;
import dev.bulletin.BulletinException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The live preview: builds the site into memory, serves it on 127.0.0.1, watches the content and
 * templates and rebuilds on every change, and lets open pages reload themselves. The site is
 * served at the root: its base URL is replaced by the server's own address, so every link works
 * whatever path the published site lives under.
 */
public final class Preview implements AutoCloseable {
  /** Told about every build, the first one included (with no changed files). */
  @FunctionalInterface
  public interface Listener {
    void rebuilt(Snapshot snapshot, Set<Path> changed);
  }

  private final PreviewServer server;
  private final ChangeWatcher watcher;
  private final String url;
  private final CountDownLatch closed = new CountDownLatch(1);

  private Preview(PreviewServer server, ChangeWatcher watcher, String url) {
    this.server = server;
    this.watcher = watcher;
    this.url = url;
  }

  /**
   * Starts a preview on {@code port} (0 picks a free one). {@code rebuilders} makes the
   * {@link Rebuilder} from the options with the server's base URL filled in.
   */
  public static Preview start(BuildOptions options, int port, Path projectRoot,
      Function<BuildOptions, Rebuilder> rebuilders, Listener listener) {
    return start(options, LOOPBACK, port, projectRoot, rebuilders, listener);
  }

  /** The address a preview listens on unless told otherwise: this machine only. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * Starts a preview listening on {@code bind} (an IP address of this machine, or 0.0.0.0 for
   * all of them), e.g. to open it on a phone on the same network.
   */
  public static Preview start(BuildOptions options, String bind, int port, Path projectRoot,
      Function<BuildOptions, Rebuilder> rebuilders, Listener listener) {
    // Checked here, not only by the build: a folder that does not exist cannot be watched. The
    // templates folder may be missing (the built-in theme is used); its parent is watched, so
    // one made later is picked up.
    requireFolder(options.content(), "content");
    InetAddress address = address(bind);
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (IOException e) {
      throw new BulletinException("cannot listen on " + bind + ":" + port + " ("
          + e.getMessage() + "); is another preview running? Choose another port with --port");
    }
    // Listening on every address includes the loopback, which stays the address to open.
    String host = address.isAnyLocalAddress() ? LOOPBACK
        : address instanceof java.net.Inet6Address ? "[" + bind + "]" : bind;
    String url = "http://" + host + ":" + http.getAddress().getPort() + "/";
    Rebuilder rebuilder = rebuilders.apply(options.withBaseUrl(url));
    // The watcher is armed before the first build, so a file saved while it runs is not
    // missed: its rebuild waits for the first one to finish (the rebuilder is not thread-safe).
    Object building = new Object();
    AtomicReference<LiveSite> live = new AtomicReference<>();
    ChangeWatcher watcher = ChangeWatcher.start(
        List.of(options.content().toAbsolutePath(), options.templates().toAbsolutePath()),
        changed -> {
          synchronized (building) {
            Snapshot snapshot = rebuild(rebuilder, changed);
            live.get().publish(snapshot);
            listener.rebuilt(snapshot, changed);
          }
        });
    LiveSite site;
    synchronized (building) {
      Snapshot first = rebuild(rebuilder, Set.of());
      listener.rebuilt(first, Set.of());
      site = new LiveSite(first);
      live.set(site);
    }
    PreviewServer server = new PreviewServer(http, site, projectRoot,
        !address.isLoopbackAddress());
    server.start();
    return new Preview(server, watcher, url);
  }

  /** {@code bind} as an address; a host name is refused, so nothing is looked up in DNS. */
  private static InetAddress address(String bind) {
    if (!bind.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
      throw new BulletinException("--bind must be an IP address of this machine, like"
          + " 192.168.1.20, or 0.0.0.0 for all of them, but it is `" + bind + "`");
    }
    try {
      return InetAddress.getByName(bind);
    } catch (java.net.UnknownHostException e) {
      throw new BulletinException("--bind must be an IP address of this machine, like"
          + " 192.168.1.20, or 0.0.0.0 for all of them, but it is `" + bind + "`");
    }
  }

  private static void requireFolder(Path folder, String role) {
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new BulletinException("the " + role + " folder " + folder + " does not exist;"
          + " run Bulletin in your bulletin's folder or pass --" + role + " DIR");
    }
  }

  /** Runs one rebuild; whatever it throws becomes a failed snapshot, so serving goes on. */
  private static Snapshot rebuild(Rebuilder rebuilder, Set<Path> changed) {
    try {
      return rebuilder.rebuild(changed);
    } catch (BulletinException e) {
      return Snapshot.failed(e.getMessage());
    } catch (RuntimeException e) {
      return Snapshot.failed("internal failure: " + e);
    }
  }

  /** The address the site is served at, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return url;
  }

  /** The port the preview listens on. */
  public int port() {
    return java.net.URI.create(url).getPort();
  }

  /** Blocks until {@link #close()} is called, for example by a Ctrl-C shutdown hook. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    watcher.close();
    server.stop();
    closed.countDown();
  }
}
