package dev.bulletin.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI strings of the site, from {@code templates/i18n/<language>.properties} (UTF-8), with
 * English filling any string a translation lacks.
 */
public final class Messages {
  private Messages() {}

  /** Loads the bundle for {@code languageTag}: exact tag, then its language, then English. */
  public static Map<String, String> load(Path templates, String languageTag) {
    Path folder = templates.resolve("i18n");
    Map<String, String> messages = new TreeMap<>(read(folder.resolve("en.properties")));
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    if (!language.equals("en")) {
      messages.putAll(read(folder.resolve(language + ".properties")));
    }
    if (!languageTag.equals(language)) {
      messages.putAll(read(folder.resolve(languageTag + ".properties")));
    }
    return Map.copyOf(messages);
  }

  private static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
    return map;
  }
}
