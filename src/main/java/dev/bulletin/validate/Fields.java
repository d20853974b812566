package dev.bulletin.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The keys one kind of mapping may have (a case's front matter, a source, site.yml), in order. */
public final class Fields {
  private final Map<String, Field> byKey = new LinkedHashMap<>();

  private Fields(List<Field> fields) {
    for (Field field : fields) {
      if (byKey.putIfAbsent(field.key(), field) != null) {
        throw new IllegalArgumentException("`" + field.key() + "` is declared twice");
      }
    }
  }

  public static Fields of(Field... fields) {
    return new Fields(List.of(fields));
  }

  /** Every declared key, in declaration order. */
  public List<Field> all() {
    return List.copyOf(byKey.values());
  }

  /** The declared key names, for the unknown-key warning. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(byKey.keySet());
  }

  public Optional<Field> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
