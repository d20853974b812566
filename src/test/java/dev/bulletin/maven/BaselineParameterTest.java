package dev.bulletin.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bulletin.Bulletin;
import dev.bulletin.validate.ContentFixtures;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin.baseline} names the known warnings that {@code bulletin.strict} forgives. */
class BaselineParameterTest {
  @TempDir Path folder;

  @Test
  void strictPassesOnlyOnWarningsTheBaselineLists() {
    Path content = ContentFixtures.invalidContent("case-without-sources", folder);
    Path known = folder.resolve("ci/known-warnings.txt");
    CheckMojo check = check(content);
    check.baseline = known.toFile();
    try (Bulletin bulletin = new Bulletin(folder)) {
      known.getParent().toFile().mkdirs();
      bulletin.writeBaseline(check.options());
    }
    assertDoesNotThrow(check::execute);

    CheckMojo withoutBaseline = check(content);
    withoutBaseline.baseline = folder.resolve("ci/none.txt").toFile();
    assertThrows(MojoFailureException.class, withoutBaseline::execute);
  }

  private CheckMojo check(Path content) {
    CheckMojo check = new CheckMojo();
    check.basedir = folder.toFile();
    check.contentDirectory = content.toFile();
    check.templatesDirectory = new File("templates");
    check.outputDirectory = folder.resolve("site").toFile();
    check.strict = true;
    return check;
  }
}
