package dev.bulletin.validate;

import dev.bulletin.diag.Diagnostics;
import dev.bulletin.model.Author;
import dev.bulletin.model.Slugs;
import dev.bulletin.source.YamlList;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads authors.yml: desks and analysts by id. */
public final class AuthorsReader {
  private static final Pattern IMAGE = Pattern.compile(".+\\.(jpe?g|png|webp|gif|avif)");
  private static final Field ID = Field.required("id", ValueType.SLUG, "id: east-desk",
      "What cases write as `author:`, and the address of the author's page, authors/<id>/.");
  private static final Field NAME = Field.required("name", ValueType.TEXT,
      "name: East Desk", "The name shown on the author's cases and page.");
  private static final Field BIO = Field.optional("bio", ValueType.TEXT,
      "bio: One or two sentences", "One or two sentences about the author.");
  private static final Field AVATAR = Field.optional("avatar", ValueType.TEXT,
      "avatar: media/authors/east-desk.jpg", "A picture of the author from the media folder,"
          + " shown on the author's page.");

  /** The keys of one author; others get an "unknown key" warning. */
  public static final Fields KEYS = Fields.of(ID, NAME, BIO, AVATAR);

  /** Reads authors.yml, accepting any avatar path. */
  public Map<String, Author> read(Path file, YamlNode root, Diagnostics diagnostics) {
    return read(file, root, null, diagnostics);
  }

  /**
   * Reads authors.yml; {@code media} are the site paths of the media files an {@code avatar}
   * may name ({@code media/…}; null to accept any).
   */
  public Map<String, Author> read(Path file, YamlNode root, Set<String> media,
      Diagnostics diagnostics) {
    Map<String, Author> authors = new TreeMap<>();
    if (root instanceof YamlScalar s && s.isNull()) {
      return authors;
    }
    if (!(root instanceof YamlList list)) {
      diagnostics.error(file, root.line(), root.column(), "authors.yml must be a list of"
          + " authors, each starting with `- id: …`");
      return authors;
    }
    for (YamlNode item : list.items()) {
      if (!(item instanceof YamlMap map)) {
        diagnostics.error(file, item.line(), item.column(), "each author must be a set of keys,"
            + " like `- id: east-desk`, but this is " + item.kind());
        continue;
      }
      FieldReader fields = new FieldReader(file, map, diagnostics, "this author");
      fields.warnUnknownKeys(KEYS);
      Optional<String> id = fields.requiredText(ID);
      Optional<String> name = fields.requiredText(NAME);
      String bio = fields.optionalText(BIO).orElse("");
      String avatar = avatar(fields, map, media);
      if (id.isPresent() && !Slugs.isSafe(id.get())) {
        // The id is the address of the author's page, authors/<id>/.
        fields.error(map.get("id").orElseThrow(), "author id `" + id.get() + "` must be"
            + " lower-case letters a-z, digits and single hyphens, like `east-desk`: it is the"
            + " address of the author's page");
      } else if (id.isPresent() && name.isPresent()) {
        if (authors.containsKey(id.get())) {
          fields.error(map.get("id").orElseThrow(), "author id `" + id.get()
              + "` is used twice; each author needs its own id");
        } else {
          authors.put(id.get(), new Author(id.get(), name.get(), bio, avatar));
        }
      }
    }
    return authors;
  }

  /** The avatar's site path ({@code media/…}), or "" when there is none or it is wrong. */
  private static String avatar(FieldReader fields, YamlMap map, Set<String> media) {
    String written = fields.optionalText(AVATAR).orElse("");
    String path = written.startsWith("/") ? written.substring(1) : written;
    if (written.isEmpty()) {
      return "";
    }
    if (!path.startsWith("media/") || !IMAGE.matcher(path).matches()) {
      fields.error(map.get("avatar").orElseThrow(), "`avatar` must be an image of the media"
          + " folder (.jpg, .png, .webp, .gif or .avif), written from the content folder, like"
          + " `avatar: media/authors/east-desk.jpg`, but it is `" + written + "`");
      return "";
    }
    if (media != null && !media.contains(path)) {
      fields.error(map.get("avatar").orElseThrow(), "the avatar `" + written + "` leads"
          + " nowhere: there is no file " + path + " in the content folder; add the picture"
          + " there or correct the path");
      return "";
    }
    return path;
  }
}
