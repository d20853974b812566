package dev.bulletin.cli;

import dev.bulletin.BulletinException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check that commands working on the content folder make before they start. */
final class ContentFolder {
  private ContentFolder() {}

  /** Refuses to go on, saying how to fix it, when {@code content} is not a folder. */
  static void require(Path content) {
    if (!Files.isDirectory(content)) {
      throw new BulletinException("the content folder " + content + " does not exist; run"
          + " Bulletin in your bulletin's folder or pass --content DIR");
    }
  }
}
