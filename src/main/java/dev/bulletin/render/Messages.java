package dev.bulletin.render;

import dev.bulletin.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI strings of the site, from the theme's {@code i18n/<language>.properties} (UTF-8), with
 * English filling any string a translation lacks. A project's bundle is laid over the built-in
 * one key by key, so it need only hold the strings it changes.
 */
public final class Messages {
  private Messages() {}

  /** Loads the bundle for {@code languageTag}: exact tag, then its language, then English. */
  public static Map<String, String> load(Theme theme, String languageTag) {
    Map<String, String> messages = new TreeMap<>(read(theme, "en"));
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    if (!language.equals("en")) {
      messages.putAll(read(theme, language));
    }
    if (!languageTag.equals(language)) {
      messages.putAll(read(theme, languageTag));
    }
    return Map.copyOf(messages);
  }

  private static Map<String, String> read(Theme theme, String bundle) {
    String name = "i18n/" + bundle + ".properties";
    Map<String, String> map = new TreeMap<>();
    for (byte[] layer : theme.layers(name)) {
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(new ByteArrayInputStream(layer),
          StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
      properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
    }
    return map;
  }
}
