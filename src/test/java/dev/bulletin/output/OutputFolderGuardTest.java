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

  @Test
  void aFolderBulletinDidNotPublishIsRefusedUntouchedAndForceReplacesIt() throws IOException {
    Path foreign = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.txt"), "keep me");
    assertEquals("refusing to use " + foreign + " as the output folder: it is not empty and holds"
        + " no site Bulletin published (no .bulletin-site file), and a build replaces everything"
        + " in it; choose an empty or new folder such as `site`, or pass --force (Maven:"
        + " -Dbulletin.force=true) to replace it", refusal(foreign));

    CommandLineRunner.Output output = CommandLineRunner.run("build", "--content",
        content.toString(), "--templates", templates.toString(), "--output",
        foreign.toString());
    assertEquals(2, output.exitCode());
    assertEquals("keep me", Files.readString(foreign.resolve("holiday.txt")));

    CommandLineRunner.Output forced = CommandLineRunner.run("build", "--content",
        content.toString(), "--templates", templates.toString(), "--output",
        foreign.toString(), "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertFalse(Files.exists(foreign.resolve("holiday.txt")));
    assertTrue(Files.isRegularFile(foreign.resolve(".bulletin-site")));
  }

  @Test
  void aSiteBulletinPublishedIsReplacedWithoutForce() throws IOException {
    Path site = temp.resolve("site");
    try (Bulletin bulletin = new Bulletin(project, 1)) {
      assertTrue(bulletin.build(options(site)).published());
      Files.writeString(site.resolve("stray.html"), "left by hand");
      assertTrue(bulletin.build(options(site)).published());
    }
    assertFalse(Files.exists(site.resolve("stray.html")));
  }

  @Test
  void aSiteOfTheVersionBeforeTheMarkerIsReplacedWithoutForce() throws IOException {
    Path site = temp.resolve("site");
    try (Bulletin bulletin = new Bulletin(project, 1)) {
      assertTrue(bulletin.build(options(site)).published());
      Files.delete(site.resolve(".bulletin-site"));
      // Sites of that version had the search index in one file.
      Files.writeString(site.resolve("search/index.json"), "{}");
      assertTrue(bulletin.build(options(site)).published());
    }
    assertTrue(Files.isRegularFile(site.resolve(".bulletin-site")));
  }

  @Test
  void theHomeFolderIsRefusedEvenWithForce() throws IOException {
    Path home = Files.createDirectories(temp.resolve("home"));
    Files.writeString(home.resolve(".profile"), "export X=1");
    String before = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      assertTrue(refusal(home, true).endsWith("it is your home folder; choose a separate folder"
          + " such as `site`"));
    } finally {
      System.setProperty("user.home", before);
    }
  }

  @Test
  void aRepositoryAndItsGitFolderAreRefusedEvenWithForce() throws IOException {
    Path repository = Files.createDirectories(temp.resolve("other-repo"));
    Path git = Files.createDirectories(repository.resolve(".git"));
    Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
    assertTrue(refusal(repository, true).contains("it holds a Git repository"));
    assertTrue(refusal(git, true).contains("it is a Git repository's .git folder or inside"
        + " one"));
    assertTrue(refusal(git.resolve("objects"), true).contains(".git folder or inside one"));
  }

  private BuildOptions options(Path output) {
    return new BuildOptions(content, templates, output, Optional.empty(), false, false);
  }

  private String refusal(Path output, boolean force) {
    Map<String, String> before = SiteFiles.read(temp);
    BulletinException e = assertThrows(BulletinException.class, () -> {
      try (Bulletin bulletin = new Bulletin(project, 1)) {
        bulletin.build(options(output).withForce(force));
      }
    });
    assertEquals(before, SiteFiles.read(temp), "a refused build changed files");
    return e.getMessage();
  }

  @Test
  void aLinkToAWebRootIsRefusedAndTheWebRootKept() throws IOException {
    Path webRoot = Files.createDirectories(temp.resolve("www"));
    Files.writeString(webRoot.resolve("index.html"), "live site");
    Path link = Files.createSymbolicLink(temp.resolve("site"), webRoot);
    assertTrue(refusal(link, true).contains("it is a symbolic link"));
    assertEquals("live site", Files.readString(webRoot.resolve("index.html")));
  }

  @Test
  void thePublishedSiteHasTheUmasksPermissionsNotOwnerOnly() throws IOException {
    Path site = temp.resolve("site");
    try (Bulletin bulletin = new Bulletin(project, 1)) {
      assertTrue(bulletin.build(options(site)).published());
    }
    // Whatever the umask is, the site's folder gets what `mkdir` would give it.
    Path plain = Files.createDirectory(temp.resolve("made-by-mkdir"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(site));
  }
}
