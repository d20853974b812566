package dev.bulletin.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for web addresses in the settings (site.yml's {@code baseUrl} and
 * {@code publisher.url}, {@code --base-url}): absolute {@code http} or {@code https} with a
 * host, and nothing a page, feed or robots.txt could be tricked by (spaces, line breaks,
 * {@code javascript:}).
 */
public final class WebAddresses {
  private WebAddresses() {}

  /** Whether {@code url} is a full http(s) web address. */
  public static boolean isWebAddress(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F) {
        return false;
      }
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

  /** Whether {@code url} can be a site's base address: a web address without query or anchor. */
  public static boolean isBaseUrl(String url) {
    return isWebAddress(url) && url.indexOf('?') < 0 && url.indexOf('#') < 0;
  }
}
