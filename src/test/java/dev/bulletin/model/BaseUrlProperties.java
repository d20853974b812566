package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever follows a valid start, a base URL is refused or comes out whole and inert. */
class BaseUrlProperties {
  @Property(tries = 2000)
  void anyTailIsRefusedOrGivesAWellFormedBaseUrl(@ForAll String tail) {
    String text = "https://example.org/" + tail;
    Optional<BaseUrl> parsed = BaseUrl.parse(text);
    parsed.ifPresent(base -> {
      String url = base.toString();
      assertTrue(url.startsWith(text) && url.endsWith("/"), url);
      assertTrue(url.codePoints().noneMatch(c -> c <= ' ' || Character.isISOControl(c)
          || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT), url);
      assertEquals(URI.create(url).getRawPath(), base.path());
      assertTrue(base.path().startsWith("/") && base.path().endsWith("/"), base.path());
      assertEquals(parsed, BaseUrl.parse(url), "parsing is idempotent");
    });
  }

  @Property(tries = 1000)
  void onlyHttpAndHttpsAreEverAccepted(@ForAll String text) {
    BaseUrl.parse(text).ifPresent(base -> assertTrue(
        base.toString().regionMatches(true, 0, "http://", 0, 7)
            || base.toString().regionMatches(true, 0, "https://", 0, 8), base.toString()));
  }
}
