package dev.bulletin.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.testing.Folders;
import dev.bulletin.testing.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bulletin:check renders in memory, so a broken template fails it, unless told not to. */
class CheckMojoTest {
  @TempDir Path folder;

  private CheckMojo check(Path templates, boolean checkTemplates) {
    CheckMojo check = new CheckMojo();
    check.basedir = Path.of("").toAbsolutePath().toFile();
    check.contentDirectory = Sample.CONTENT.toFile();
    check.templatesDirectory = templates.toFile();
    check.outputDirectory = folder.resolve("site").toFile();
    check.checkTemplates = checkTemplates;
    return check;
  }

  @Test
  void aBrokenTemplateFailsTheCheckUnlessTheBuildThatFollowsIsLeftToFindIt() throws IOException {
    Path templates = Folders.copy(Path.of("templates"), folder.resolve("templates"));
    Path caseTemplate = templates.resolve("case.ftlh");
    Files.writeString(caseTemplate, Files.readString(caseTemplate)
        .replace("${case.title}</h1>", "${case.titel}</h1>"));

    MojoFailureException failure = assertThrows(MojoFailureException.class,
        check(templates, true)::execute);
    assertTrue(failure.getMessage().contains("check"), failure.getMessage());
    assertDoesNotThrow(check(templates, false)::execute);
    assertTrue(Files.notExists(folder.resolve("site")));
  }
}
