package dev.bulletin.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bulletin.testing.Sample;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin.baseUrl} is refused like {@code --base-url}: the build fails, nothing written. */
class BaseUrlParameterTest {
  @TempDir Path folder;

  @Test
  void aBaseUrlThatIsNotAWebAddressFailsTheBuildAndWritesNothing() {
    BuildMojo build = new BuildMojo();
    build.basedir = Path.of("").toAbsolutePath().toFile();
    build.contentDirectory = Sample.CONTENT.toFile();
    build.templatesDirectory = new File("templates");
    build.outputDirectory = folder.resolve("site").toFile();
    build.baseUrl = "https://example.org/\nDisallow: /";
    MojoFailureException failure = assertThrows(MojoFailureException.class, build::execute);
    assertEquals("bulletin.baseUrl must be the full web address the site is published at, like"
        + " https://example.org/bulletin/, but it is `https://example.org/\\u000ADisallow: /`",
        failure.getMessage());
    assertFalse(Files.exists(folder.resolve("site")));
  }
}
