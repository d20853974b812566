package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code git} in a folder and returns what it printed; the hook's only way into Git. */
final class Git {
  private final Path folder;

  Git(Path folder) {
    this.folder = folder;
  }

  /** The output of {@code git args…}; a usage error when Git fails (not a repository…). */
  byte[] run(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE)
          .start();
      process.getOutputStream().close();
      byte[] out;
      byte[] err;
      try (InputStream stdout = process.getInputStream();
          InputStream stderr = process.getErrorStream()) {
        // Git's error output is small; its standard output is read first and whole.
        out = stdout.readAllBytes();
        err = stderr.readAllBytes();
      }
      if (process.waitFor() != 0) {
        throw new BulletinException("`git " + String.join(" ", args) + "` failed in "
            + folder + ": " + new String(err, StandardCharsets.UTF_8).strip());
      }
      return out;
    } catch (IOException e) {
      throw new BulletinException("cannot run git (" + e.getMessage() + "); is Git installed"
          + " and on the PATH?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while running git", e));
    }
  }

  /** One line of output, such as a path, without its line end. */
  String line(String... args) {
    return new String(run(args), StandardCharsets.UTF_8).strip();
  }
}
