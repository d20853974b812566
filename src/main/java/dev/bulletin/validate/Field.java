package dev.bulletin.validate;

import java.util.Objects;

/**
 * One key a reader accepts, declared once: its name, the type of its value, whether it must be
 * given, an example line for messages and a sentence saying what it means. The reader warns
 * about keys it does not declare and reads each key by its declaration; {@code bulletin schema}
 * describes the same declarations to editors, so a key added here appears in both.
 */
public record Field(String key, ValueType type, boolean required, String example,
    String description, Fields parts) {
  public Field {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(description, "description");
    parts = parts == null ? Fields.of() : parts;
  }

  /** A key that must be given. */
  public static Field required(String key, ValueType type, String example, String description) {
    return new Field(key, type, true, example, description, null);
  }

  /** A key that may be left out. */
  public static Field optional(String key, ValueType type, String example, String description) {
    return new Field(key, type, false, example, description, null);
  }

  /** This field, its value a set of {@code declared} keys ({@link ValueType#MAP}, MAP_LIST). */
  public Field withParts(Fields declared) {
    return new Field(key, type, required, example, description, declared);
  }
}
