package dev.bulletin.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for web addresses in the settings (site.yml's {@code baseUrl} through
 * {@link BaseUrl} and {@code publisher.url}; {@code --base-url}): absolute {@code http} or
 * {@code https} with a host, and nothing a page, feed or robots.txt could be tricked by (spaces,
 * line breaks and other control or invisible formatting characters, {@code javascript:}).
 */
public final class WebAddresses {
  private WebAddresses() {}

  /** Whether {@code url} is a full http(s) web address. */
  public static boolean isWebAddress(String url) {
    boolean plain = url.codePoints().noneMatch(c -> c <= ' ' || Character.isISOControl(c)
        || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.SURROGATE || (c & 0xFFFE) == 0xFFFE);
    if (!plain) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http")
          || scheme.equalsIgnoreCase("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
