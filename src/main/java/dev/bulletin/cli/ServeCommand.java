package dev.bulletin.cli;

import dev.bulletin.Bulletin;
import dev.bulletin.serve.IncrementalRebuilder;
import dev.bulletin.serve.Preview;
import dev.bulletin.serve.RebuildLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bulletin serve}: a live preview on 127.0.0.1 that rebuilds and reloads on changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Builds the site into memory and serves it on 127.0.0.1, rebuilding and"
        + " reloading open pages whenever content or templates change. Ctrl-C stops it.",
        "The site is served at the root of the server, at the server's own address."})
final class ServeCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();
  @Mixin TemplatesOption templates = new TemplatesOption();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port on 127.0.0.1 to serve on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = Preview.LOOPBACK,
      description = "IP address to listen on (default: ${DEFAULT-VALUE}, this machine only);"
          + " 0.0.0.0 opens the preview, drafts included, to everyone on your network.")
  String bind;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path here = Path.of("").toAbsolutePath();
    RebuildLog log = new RebuildLog(here, line -> print(out, line), line -> print(err, line),
        line -> print(err, line));
    try (Bulletin bulletin = new Bulletin(here);
        Preview preview = Preview.start(
            input.toOptions(templates.templates, here.resolve("site"), Optional.empty()),
            bind, port, here, options -> new IncrementalRebuilder(bulletin.incremental(options)),
            log)) {
      Thread stopper = new Thread(preview::close, "bulletin-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      print(out, "Serving " + preview.url() + " (Ctrl-C to stop)");
      if (!bind.equals(Preview.LOOPBACK)) {
        print(err, "bulletin: warning: the preview listens on " + bind + ": anyone who can"
            + " reach this machine on port " + preview.port() + " can read it, drafts included");
      }
      preview.awaitClosed();
      print(out, "Stopped.");
      return ExitCodes.OK;
    }
  }

  private static void print(PrintWriter writer, String line) {
    synchronized (writer) {
      writer.println(line);
      writer.flush();
    }
  }
}
