package dev.bulletin.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.BulletinException;
import dev.bulletin.validate.CommandLineRunner;
import dev.bulletin.validate.ContentFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is refused, before anything is touched, when a build would destroy. */
class OutputFolderGuardTest {
  @TempDir Path temp;
  Path project;
  Path content;
  Path templates;

  @BeforeEach
  void project() throws IOException {
    project = Files.createDirectories(temp.resolve("project"));
    content = ContentFixtures.invalidContent("_none", project);
    templates = project.resolve("templates");
    ContentFixtures.copyTree(Path.of("templates"), templates);
  }

  private String refusal(Path output) {
    Map<String, String> before = SiteFiles.read(temp);
    BulletinException e = assertThrows(BulletinException.class, () -> {
      try (Bulletin bulletin = new Bulletin(project, 1)) {
        bulletin.build(new BuildOptions(content, templates, output, Optional.empty(), false,
            false));
      }
    });
    assertEquals(before, SiteFiles.read(temp), "a refused build changed files");
    return e.getMessage();
  }

  @Test
  void theContentFolderIsRefused() {
    assertEquals("refusing to use " + content + " as the output folder: it is or contains the"
        + " content folder " + content + "; choose a separate folder such as `site`",
        refusal(content));
  }

  @Test
  void aFolderContainingTheContentIsRefused() {
    assertTrue(refusal(temp).contains("it contains the project folder")
        || refusal(temp).contains("contains the content folder"));
  }

  @Test
  void theTemplatesFolderIsRefused() {
    assertTrue(refusal(templates).endsWith("it is or contains the templates folder " + templates
        + "; choose a separate folder such as `site`"));
  }

  @Test
  void aFolderInsideTheContentIsRefused() {
    assertTrue(refusal(content.resolve("site")).contains("it is inside the content or"
        + " templates folder"));
  }

  @Test
  void theProjectFolderIsRefused() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    content = ContentFixtures.invalidContent("_none", elsewhere);
    templates = elsewhere.resolve("templates");
    ContentFixtures.copyTree(Path.of("templates"), templates);
    assertTrue(refusal(project).contains("it is the project folder itself"));
    assertTrue(refusal(temp).contains("it contains the project folder"));
  }

  @Test
  void aLinkDisguisingTheContentFolderIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("innocent"), content);
    assertTrue(refusal(link).contains("it is or contains the content folder"));
  }

  @Test
  void aFilesystemRootIsRefused() {
    Path root = temp.getRoot();
    assertTrue(refusal(root).contains("it is a filesystem root"));
  }

  @Test
  void theCommandLineExplainsTheRefusalAndExitsWithTwo() {
    CommandLineRunner.Output output = CommandLineRunner.run("build", "--content",
        content.toString(), "--templates", templates.toString(), "--output",
        content.toString());
    assertEquals(2, output.exitCode());
    assertEquals("bulletin: error: refusing to use " + content + " as the output folder: it is"
        + " or contains the content folder " + content + "; choose a separate folder such as"
        + " `site`\n", output.err());
    assertFalse(Files.exists(temp.resolve(".content.staging")));
  }
}
