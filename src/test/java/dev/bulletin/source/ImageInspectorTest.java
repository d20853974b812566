package dev.bulletin.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bulletin.model.PixelSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Image sizes come from the files' headers, whatever their format. */
class ImageInspectorTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "gif", "bmp"})
  void rasterImagesGiveTheirSize(String format) throws IOException {
    Path file = dir.resolve("picture." + format);
    ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB),
        format.equals("jpg") ? "jpeg" : format, file.toFile());
    assertEquals(size(321, 123), ImageInspector.read(file).size());
  }

  @Test
  void aFileNamedLikeAnImageButNotOneHasNoSize() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.png"), "not an image");
    assertEquals(Optional.empty(), ImageInspector.read(file).size());
  }

  @Test
  void webpOfEachKindGivesItsSize() throws IOException {
    byte[] lossy = riff("VP8 ");
    // Frame tag, start code, then 14-bit width and height (here 400 x 300).
    lossy[23] = (byte) 0x9D;
    lossy[24] = 0x01;
    lossy[25] = 0x2A;
    lossy[26] = (byte) (400 & 0xFF);
    lossy[27] = (byte) (400 >> 8);
    lossy[28] = (byte) (300 & 0xFF);
    lossy[29] = (byte) (300 >> 8);
    assertEquals(size(400, 300), webp(lossy));

    byte[] lossless = riff("VP8L");
    int bits = (640 - 1) | (480 - 1) << 14;
    lossless[20] = 0x2F;
    for (int i = 0; i < 4; i++) {
      lossless[21 + i] = (byte) (bits >> (8 * i));
    }
    assertEquals(size(640, 480), webp(lossless));

    byte[] extended = riff("VP8X");
    int w = 1200 - 1;
    int h = 630 - 1;
    for (int i = 0; i < 3; i++) {
      extended[24 + i] = (byte) (w >> (8 * i));
      extended[27 + i] = (byte) (h >> (8 * i));
    }
    assertEquals(size(1200, 630), webp(extended));
  }

  @Test
  void svgSizeComesFromWidthAndHeightElseFromTheViewBox() throws IOException {
    assertEquals(size(640, 160), svg("width=\"640px\" height=\"160\" viewBox=\"0 0 64 16\""));
    assertEquals(size(300, 150), svg("width=\"100%\" viewBox=\"0 0 300 150\""));
    assertEquals(Optional.empty(), svg("width=\"10em\""));
  }

  @Test
  void aSafeSvgHasNoDanger() throws IOException {
    Path file = Files.writeString(dir.resolve("safe.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"2\" height=\"2\"><a href=\"https://example.org/\"><rect width=\"2\""
        + " height=\"2\"/></a></svg>");
    assertEquals(Optional.empty(), ImageInspector.read(file).danger());
  }

  @Test
  void anSvgWithADoctypeEntityIsRefusedNotExpanded() throws IOException {
    Path file = Files.writeString(dir.resolve("entity.svg"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>\n");
    ImageFacts facts = ImageInspector.read(file);
    assertEquals(3, facts.danger().orElseThrow().line(), facts.toString());
  }

  private Optional<PixelSize> svg(String attributes) throws IOException {
    Path file = Files.writeString(dir.resolve("image.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><rect/></svg>");
    return ImageInspector.read(file).size();
  }

  private Optional<PixelSize> webp(byte[] bytes) throws IOException {
    return ImageInspector.read(Files.write(dir.resolve("image.webp"), bytes)).size();
  }

  private static byte[] riff(String chunk) {
    byte[] bytes = new byte[30];
    System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
    System.arraycopy("WEBP".getBytes(), 0, bytes, 8, 4);
    System.arraycopy(chunk.getBytes(), 0, bytes, 12, 4);
    return bytes;
  }

  private static Optional<PixelSize> size(int width, int height) {
    return Optional.of(new PixelSize(width, height));
  }
}
