package dev.bulletin.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the size of an image file from its header, without decoding its pixels: PNG, JPEG, GIF
 * and BMP through the JDK's image readers, WebP from its RIFF header, SVG from its root element
 * (which {@link SvgInspector} also checks for scripts). Other files have no size.
 */
public final class ImageInspector {
  private ImageInspector() {}

  public static ImageFacts read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return switch (dot < 0 ? "" : name.substring(dot + 1)) {
      case "png", "jpg", "jpeg", "gif", "bmp" -> raster(file);
      case "webp" -> webp(file);
      case "svg" -> SvgInspector.read(file);
      default -> ImageFacts.NONE;
    };
  }

  private static ImageFacts raster(Path file) throws IOException {
    try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<javax.imageio.ImageReader> readers =
          input == null ? null : ImageIO.getImageReaders(input);
      if (readers == null || !readers.hasNext()) {
        return ImageFacts.NONE;
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        return ImageFacts.sized(reader.getWidth(0), reader.getHeight(0));
      } catch (IOException | RuntimeException unreadable) {
        return ImageFacts.NONE;
      } finally {
        reader.dispose();
      }
    }
  }

  /** The three WebP kinds (lossy, lossless, extended) keep the size at different offsets. */
  static ImageFacts webp(Path file) throws IOException {
    byte[] h = new byte[30];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(h, 0, h.length);
    }
    if (n < 30 || !ascii(h, 0, "RIFF") || !ascii(h, 8, "WEBP")) {
      return ImageFacts.NONE;
    }
    if (ascii(h, 12, "VP8 ")) {
      return ImageFacts.sized(u16(h, 26) & 0x3FFF, u16(h, 28) & 0x3FFF);
    }
    if (ascii(h, 12, "VP8L")) {
      int bits = (h[21] & 0xFF) | (h[22] & 0xFF) << 8 | (h[23] & 0xFF) << 16
          | (h[24] & 0xFF) << 24;
      return ImageFacts.sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (ascii(h, 12, "VP8X")) {
      return ImageFacts.sized(u24(h, 24) + 1, u24(h, 27) + 1);
    }
    return ImageFacts.NONE;
  }

  private static boolean ascii(byte[] bytes, int at, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (bytes[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int u24(byte[] b, int at) {
    return u16(b, at) | (b[at + 2] & 0xFF) << 16;
  }
}
