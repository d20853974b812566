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

/** Reads authors.yml: desks and analysts by id. */
public final class AuthorsReader {
  private static final Set<String> KEYS = Set.of("id", "name", "bio");

  public Map<String, Author> read(Path file, YamlNode root, Diagnostics diagnostics) {
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
      Optional<String> id = fields.requiredText("id", "id: east-desk");
      Optional<String> name = fields.requiredText("name", "name: East Desk");
      String bio = fields.optionalText("bio", "bio: One or two sentences").orElse("");
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
          authors.put(id.get(), new Author(id.get(), name.get(), bio));
        }
      }
    }
    return authors;
  }
}
