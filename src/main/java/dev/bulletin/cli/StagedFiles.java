package dev.bulletin.cli;

import dev.bulletin.validate.ContentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is staged for the next commit in the Git repository around a folder: which files
 * changed, and the staged bytes of each, read from Git's index. Every other file is read from
 * disk.
 */
final class StagedFiles {
  /** One staged change: a file added, modified, deleted or renamed (from {@code git diff}). */
  record Change(char status, Path file) {}

  private final Git git;
  private final Path top;
  private final List<Change> changes;
  private final Map<Path, byte[]> staged = new ConcurrentHashMap<>();

  private StagedFiles(Git git, Path top, List<Change> changes) {
    this.git = git;
    this.top = top;
    this.changes = List.copyOf(changes);
  }

  /** The staged changes of the repository {@code folder} is in. */
  static StagedFiles of(Path folder) {
    Git git = new Git(folder);
    Path top = Path.of(git.line("rev-parse", "--show-toplevel")).toAbsolutePath().normalize();
    String[] fields = new String(git.run("diff", "--cached", "--name-status", "-z",
        "--no-renames"), StandardCharsets.UTF_8).split("\0");
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      changes.add(new Change(fields[i].charAt(0), top.resolve(fields[i + 1]).normalize()));
    }
    return new StagedFiles(git, top, changes);
  }

  /** The staged changes, sorted by file. */
  List<Change> changes() {
    Map<Path, Change> sorted = new TreeMap<>();
    changes.forEach(change -> sorted.put(change.file(), change));
    return List.copyOf(sorted.values());
  }

  /** The bytes a commit would record for {@code file}: staged if it is, else on disk. */
  byte[] bytes(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    boolean isStaged = changes.stream().anyMatch(c -> c.file().equals(absolute)
        && c.status() != 'D');
    if (!isStaged) {
      return ContentLoader.bytes(file);
    }
    return staged.computeIfAbsent(absolute, path -> git.run("cat-file", "blob",
        ":" + top.relativize(path).toString().replace('\\', '/')));
  }
}
