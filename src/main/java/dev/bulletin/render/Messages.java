package dev.bulletin.render;

import dev.bulletin.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The UI strings of the site, from the theme's {@code i18n/<language>.properties} (UTF-8), with
 * English filling any string a translation lacks. A project's bundle is laid over the built-in
 * one key by key, so it need only hold the strings it changes.
 */
public final class Messages {
  private static final Pattern PLURAL_FORM = Pattern.compile("\\.(one|few|many|other)$");

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

  /**
   * The UI strings English fills for {@code languageTag} because no bundle of the theme has
   * them (every string when there is no bundle at all), so the build can say which are missing.
   * Plural forms count as one string: a language needs only the forms it uses.
   */
  public static List<String> untranslated(Theme theme, String languageTag) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    if (language.equals("en")) {
      return List.of();
    }
    Map<String, String> own = new TreeMap<>(read(theme, language));
    own.putAll(read(theme, languageTag));
    Set<String> translated = new TreeSet<>();
    own.keySet().forEach(key -> translated.add(PLURAL_FORM.matcher(key).replaceFirst("")));
    Set<String> missing = new TreeSet<>();
    for (String key : read(theme, "en").keySet()) {
      String phrase = PLURAL_FORM.matcher(key).replaceFirst("");
      if (!translated.contains(phrase)) {
        missing.add(phrase);
      }
    }
    return List.copyOf(missing);
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
