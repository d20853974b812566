package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import dev.bulletin.output.MemoryPublisher;
import dev.bulletin.testing.SiteFixture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of content/media are published as they are, and links to them are checked and kept. */
class MediaTest {
  @TempDir Path root;

  @Test
  void aMediaFileIsPublishedAndItsImageLinkPointsToItUnderTheBasePath() throws IOException {
    Path content = writeCase("", "![What was shown](../../media/2026/chart.png) and"
        + " [the report](/media/report.pdf).");
    byte[] chart = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    Files.createDirectories(content.resolve("media/2026"));
    Files.write(content.resolve("media/2026/chart.png"), chart);
    Files.writeString(content.resolve("media/report.pdf"), "%PDF-1.4");
    Map<String, byte[]> pages = publish();
    assertArrayEquals(chart, pages.get("media/2026/chart.png"));
    assertEquals("%PDF-1.4", new String(pages.get("media/report.pdf"), StandardCharsets.UTF_8));
    String page = text(pages, "cases/alpha/index.html");
    // Not a readable image, so no size: the page still links it.
    assertTrue(page.contains("<img src=\"/bulletin/media/2026/chart.png\" alt=\"What was shown\""
        + " loading=\"lazy\" />"), page);
    assertTrue(page.contains("<a href=\"/bulletin/media/report.pdf\""), page);
  }

  @Test
  void imagesGetTheirSizeAndACasePictureBecomesItsShareCard() throws IOException {
    Path content = writeCase("""
        image:
          src: ../../media/post.png
          alt: "The post, stamped <false>"
        """, "![A chart](/media/chart.png)");
    Files.createDirectories(content.resolve("media"));
    ImageIO.write(new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB), "png",
        content.resolve("media/post.png").toFile());
    ImageIO.write(new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB), "png",
        content.resolve("media/chart.png").toFile());
    Map<String, byte[]> pages = publish();
    String page = text(pages, "cases/alpha/index.html");
    assertTrue(page.contains("<img src=\"/bulletin/media/chart.png\" alt=\"A chart\""
        + " loading=\"lazy\" width=\"800\" height=\"450\" />"), page);
    assertTrue(page.contains("<img src=\"/bulletin/media/post.png\" alt=\"The post, stamped"
        + " &lt;false&gt;\" width=\"1200\" height=\"630\" loading=\"lazy\">"), page);
    assertTrue(page.contains("<meta property=\"og:image\""
        + " content=\"https://example.org/bulletin/media/post.png\">"), page);
    assertTrue(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"),
        page);
    String home = text(pages, "index.html");
    assertTrue(home.contains("<meta name=\"twitter:card\" content=\"summary\">"), home);
    assertFalse(home.contains("og:image"), home);
  }

  /** Writes a site with one issue and one case, alpha, with more front matter and a body. */
  private Path writeCase(String frontMatter, String body) {
    return SiteFixture.write(root.resolve("content"), SiteFixture.BASICS + """
        -- issues/1.md --
        ---
        number: 1
        date: 2026-01-07
        ---
        -- cases/2026/alpha.md --
        ---
        title: Alpha claim
        issue: 1
        date: 2026-01-05
        languages: [English]
        countries: [Ukraine]
        keywords: [NATO]
        sources:
          - outlet: Example
        claim: Alpha.
        """ + frontMatter + "---\n" + body + "\n");
  }

  private Map<String, byte[]> publish() {
    MemoryPublisher site = new MemoryPublisher();
    try (Bulletin bulletin = new Bulletin(root, 2)) {
      Report report = bulletin.renderTo(BuildOptions.defaults(root)
          .withBaseUrl("https://example.org/bulletin/"), site);
      assertTrue(report.published(), () -> report.diagnostics().toString());
    }
    return site.pages();
  }

  private static String text(Map<String, byte[]> pages, String path) {
    return new String(pages.get(path), StandardCharsets.UTF_8);
  }
}
