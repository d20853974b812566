package dev.bulletin.validate;

import dev.bulletin.model.Image;
import dev.bulletin.model.MediaFile;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code image:}, the picture of a case (or the site's default one) shown on its page and
 * in share cards: a file of media/ and its text alternative, which readers of screen readers
 * and of cards that fail to load get instead, so it is required.
 */
public final class ImageFieldReader {
  private static final String EXAMPLE = "image: {src: /media/2026/screenshot.png, alt: \"What"
      + " the image shows\"}";
  private static final Field SRC = Field.required("src", ValueType.TEXT,
      "src: /media/2026/screenshot.png", "A PNG, JPEG, GIF or WebP file of content/media.");
  private static final Field ALT = Field.required("alt", ValueType.TEXT,
      "alt: \"Screenshot of the post, with its false caption\"",
      "What the image shows, for readers who cannot see it.");
  /** The key, shared by cases and site.yml. */
  static final Field FIELD = Field.optional("image", ValueType.MAP, EXAMPLE, "The picture shown"
      + " on the page and in share cards.").withParts(Fields.of(SRC, ALT));

  private ImageFieldReader() {}

  /**
   * The image, or empty when there is none; {@code valid} is false when there is one that is
   * wrong (already reported).
   */
  static Result read(FieldReader fields) {
    Optional<YamlNode> node = fields.map().get(FIELD.key());
    if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
      return new Result(Optional.empty(), true);
    }
    if (!(node.get() instanceof YamlMap map)) {
      fields.error(node.get(), "`image` must be a set of keys, the file and what it shows, like"
          + " `" + EXAMPLE + "`, but it is " + node.get().kind());
      return new Result(Optional.empty(), false);
    }
    FieldReader image = new FieldReader(fields.file(), map, fields.diagnostics(), "`image`");
    image.warnUnknownKeys(FIELD.parts());
    Optional<String> src = image.requiredText(SRC);
    Optional<String> alt = image.requiredText(ALT);
    if (src.isEmpty() || alt.isEmpty()) {
      return new Result(Optional.empty(), false);
    }
    return new Result(Optional.of(
        new ImageDraft((YamlScalar) map.get("src").orElseThrow(), alt.get())), true);
  }

  /**
   * The image {@code draft} names among {@code media} (by path, e.g. {@code media/x.png};
   * written relative to the content folder, with or without a leading slash), or empty after
   * reporting it.
   */
  static Optional<Image> inMedia(FieldReader fields, ImageDraft draft,
      Map<String, MediaFile> media) {
    String path = draft.src().value().strip().replaceFirst("^/+", "");
    MediaFile file = media.get(path);
    if (file == null && path.startsWith("media/")) {
      fields.error(draft.src(), noSuchFile(path));
      return Optional.empty();
    }
    boolean vector = path.toLowerCase(Locale.ROOT).endsWith(".svg");
    if (file == null || file.pixels().isEmpty() || vector) {
      fields.error(draft.src(), notShareable(vector));
      return Optional.empty();
    }
    return Optional.of(new Image(path, draft.alt(), file.pixels().get()));
  }

  /** The message for an {@code image} naming {@code path} of media/, which does not exist. */
  public static String noSuchFile(String path) {
    return "there is no file " + path + " in the content folder; check the file name and the"
        + " folders";
  }

  /** Why {@code image} cannot name a file: only raster files of media/ show in share cards. */
  public static String notShareable(boolean vector) {
    return "`image` must be a PNG, JPEG, GIF or WebP file of the content's media/ folder, like"
        + " `/media/2026/screenshot.png`"
        + (vector ? "; share cards do not show SVG, so export it as PNG" : "");
  }

  record Result(Optional<ImageDraft> image, boolean valid) {}
}
