package dev.bulletin.maven;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.serve.IncrementalRebuilder;
import dev.bulletin.serve.Preview;
import dev.bulletin.serve.RebuildLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves a live preview on 127.0.0.1, like {@code bulletin serve}: rebuilds in memory whenever
 * content or templates change and reloads open pages. The site is served at the root of the
 * server ({@code baseUrl} is replaced by the server's address). Stop it with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractBulletinMojo {
  /** The port on 127.0.0.1 to serve on. */
  @Parameter(property = "bulletin.port", defaultValue = "8080")
  int port;

  /**
   * The IP address to listen on: this machine only by default; an address of the machine, or
   * 0.0.0.0, opens the preview (drafts included) to the network, e.g. for a phone.
   */
  @Parameter(property = "bulletin.bind", defaultValue = Preview.LOOPBACK)
  String bind;

  @Override
  void run(Bulletin bulletin, BuildOptions options) throws MojoExecutionException {
    RebuildLog log = new RebuildLog(basedir.toPath(), getLog()::info, getLog()::error,
        getLog()::warn);
    try (Preview preview = Preview.start(options, bind, port, basedir.toPath(),
        served -> new IncrementalRebuilder(bulletin.incremental(served)), log)) {
      Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "bulletin-stop"));
      getLog().info("Serving " + preview.url() + " (Ctrl-C to stop)");
      if (!bind.equals(Preview.LOOPBACK)) {
        getLog().warn("The preview listens on " + bind + ": anyone who can reach this machine"
            + " on port " + preview.port() + " can read it, drafts included");
      }
      preview.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("the preview was interrupted", e);
    }
  }
}
