package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {
  @ParameterizedTest
  @CsvSource({
      "https://example.org/bulletin/, https://example.org/bulletin/, /bulletin/",
      "https://example.org/bulletin, https://example.org/bulletin/, /bulletin/",
      "https://example.org, https://example.org/, /",
      "http://127.0.0.1:8080/, http://127.0.0.1:8080/, /",
      "HTTPS://example.org/a%20b/, HTTPS://example.org/a%20b/, /a%20b/",
      "https://owner.github.io/repo/, https://owner.github.io/repo/, /repo/"})
  void isParsedOnceWithATrailingSlashAndItsPath(String text, String url, String path) {
    BaseUrl base = BaseUrl.parse(text).orElseThrow();
    assertEquals(url, base.toString());
    assertEquals(path, base.path());
    assertEquals(url + "cases/x/", base.resolve("cases/x/"));
    assertEquals(BaseUrl.of(url), base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a url", "example.org/bulletin/", "/bulletin/",
      "javascript:alert(1)//", "JavaScript://example.org/%0Aalert(1)", "mailto:desk@example.org",
      "ftp://example.org/", "file:///srv/site/", "data:text/html,x", "https:///bulletin/",
      "https://example.org/?preview=1", "https://example.org/#top",
      "https://example.org/\nDisallow: /", "https://example.org/\r", "https://example.org/\t",
      "https://example.org/ x/", "https://example.org/\u0085", "https://example.org/\u2028",
      "https://example.org/\u202Egro/", "https://example.org/\u200B", "https://example.org/\uFFFE",
      "https://example.org/\uD800"})
  void refusesWhatIsNotAnHttpAddressOrCouldForgeALine(String text) {
    assertEquals(Optional.empty(), BaseUrl.parse(text));
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.of(text));
    assertTrue(thrown.getMessage().startsWith("not a base URL: "));
  }
}
