package dev.bulletin.validate;

import dev.bulletin.model.Rating;
import dev.bulletin.model.Slugs;
import dev.bulletin.source.YamlMap;
import dev.bulletin.source.YamlNode;
import dev.bulletin.source.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ratings:} of site.yml, the scale claims are judged on, from the worst step to
 * the best: {@code {name, slug?, description, value?}} each. Slugs must differ (each step has a
 * page), and values, when given, are whole numbers given to every step and rising from worst to
 * best, since structured data reads the first and last as the worst and best.
 */
final class RatingsReader {
  private static final String EXAMPLE = "- name: Disinformation";
  private static final Field NAME = Field.required("name", ValueType.TEXT, "name: Misleading",
      "The rating as shown before headlines, in the site's language.");
  private static final Field SLUG = Field.optional("slug", ValueType.SLUG, "slug: misleading",
      "The address of the rating's page; the name's slug when left out.");
  private static final Field DESCRIPTION = Field.required("description", ValueType.TEXT,
      "description: \"True facts arranged to suggest something false.\"",
      "What the rating means, shown with it.");
  private static final Field VALUE = Field.optional("value", ValueType.WHOLE_NUMBER,
      "value: 2", "Its place on the scale for structured data, rising from worst to best.");
  /** The key of site.yml. */
  static final Field FIELD = Field.optional("ratings", ValueType.MAP_LIST, EXAMPLE, "The"
      + " rating scale, from the worst finding to the mildest.")
      .withParts(Fields.of(NAME, SLUG, DESCRIPTION, VALUE));

  private RatingsReader() {}

  /**
   * The scale {@code fields} (site.yml) defines, an empty list when it defines none; empty when
   * the scale has errors, which are reported.
   */
  static Optional<List<Rating>> read(FieldReader fields) {
    Optional<YamlNode> node = fields.map().get(FIELD.key());
    if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
      return Optional.of(List.of());
    }
    Optional<List<YamlMap>> maps = fields.optionalMapList(FIELD);
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    if (maps.get().isEmpty()) {
      fields.error(node.get(), "`ratings` must list at least one rating, from the worst to the"
          + " best, like `" + EXAMPLE + "`; remove it to rate every case with `verdict`");
      return Optional.empty();
    }
    List<Rating> scale = new ArrayList<>();
    List<YamlMap> valueless = new ArrayList<>();
    Map<String, YamlMap> slugs = new HashMap<>();
    boolean ok = true;
    for (YamlMap map : maps.get()) {
      FieldReader step = new FieldReader(fields.file(), map, fields.diagnostics(),
          "this rating");
      step.warnUnknownKeys(FIELD.parts());
      Optional<String> name = step.requiredText(NAME);
      Optional<String> description = step.requiredText(DESCRIPTION);
      Optional<String> slug = slug(step, name);
      Optional<Integer> value = step.optionalWholeNumber("value", "value: 2");
      ok &= name.isPresent() && description.isPresent() && slug.isPresent()
          && (value.isPresent() || !map.get("value").isPresent());
      if (slug.isPresent()) {
        YamlMap previous = slugs.putIfAbsent(slug.get(), map);
        if (previous != null) {
          YamlNode at = map.get("slug").orElse(map.get("name").orElseThrow());
          step.error(at, "two ratings have the slug `" + slug.get() + "` (the other is at line "
              + previous.line() + "), but each rating has its own page at ratings/<slug>/;"
              + " give one a different `slug`");
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      if (value.isEmpty()) {
        valueless.add(map);
      }
      scale.add(new Rating(name.get(), slug.get(), description.get(), value.orElse(null),
          scale.size()));
    }
    return ok && checkValues(fields, maps.get(), scale, valueless)
        ? Optional.of(scale) : Optional.empty();
  }

  private static Optional<String> slug(FieldReader step, Optional<String> name) {
    Optional<YamlMap.Entry> written = step.map().entry("slug");
    if (written.isPresent()) {
      Optional<String> slug = step.optionalText("slug", "slug: missing-context");
      if (slug.isPresent() && !Slugs.isSafe(slug.get())) {
        step.error(written.get().value(), "`slug` must use only lower-case letters a-z,"
            + " digits and single hyphens, like `slug: missing-context`, but it is `"
            + slug.get() + "`");
        return Optional.empty();
      }
      return slug;
    }
    Optional<String> slug = name.map(Slugs::of);
    if (slug.isPresent() && slug.get().isEmpty()) {
      step.error(step.map().get("name").orElseThrow(), "the rating `" + name.get() + "` has no"
          + " letters or digits to make a web address from; add a `slug`, like"
          + " `slug: misleading`");
      return Optional.empty();
    }
    return slug;
  }

  private static boolean checkValues(FieldReader fields, List<YamlMap> maps, List<Rating> scale,
      List<YamlMap> valueless) {
    if (valueless.isEmpty() || valueless.size() == scale.size()) {
      return risingValues(fields, maps, scale);
    }
    for (YamlMap map : valueless) {
      fields.error(map, "this rating has no `value` while others have one; give every rating a"
          + " `value` (rising from the worst to the best) or none");
    }
    return false;
  }

  private static boolean risingValues(FieldReader fields, List<YamlMap> maps,
      List<Rating> scale) {
    boolean ok = true;
    for (int i = 1; i < scale.size(); i++) {
      Rating before = scale.get(i - 1);
      Rating rating = scale.get(i);
      if (rating.hasValue() && rating.value() <= before.value()) {
        fields.error(maps.get(i).get("value").orElseThrow(), "the `value` of `" + rating.name()
            + "` is " + rating.value() + ", not above " + before.value() + " of `"
            + before.name() + "` before it; ratings are listed from the worst to the best, so"
            + " each value must be higher than the one above it");
        ok = false;
      }
    }
    return ok;
  }
}
