package dev.bulletin.model;

import java.net.URI;
import java.util.Optional;

/**
 * The address a site is published at, parsed once: an absolute {@code http} or {@code https}
 * web address (see {@link WebAddresses}) without query or anchor, always ending with a slash.
 * Its {@link #path()} prefixes every internal link, so a site works at a domain root and under
 * a sub-path alike. site.yml's {@code baseUrl}, {@code --base-url} and Maven's
 * {@code bulletin.baseUrl} all become one of these, or are refused the same way.
 */
public final class BaseUrl {
  private final String url;
  private final String path;

  private BaseUrl(String url) {
    this.url = url;
    this.path = URI.create(url).getRawPath();
  }

  /**
   * The base URL {@code text} names, with a slash added when it has none; empty when it is not
   * a full http(s) address, has a query or an anchor, or holds a space or control character.
   */
  public static Optional<BaseUrl> parse(String text) {
    if (!WebAddresses.isWebAddress(text) || text.indexOf('?') >= 0 || text.indexOf('#') >= 0) {
      return Optional.empty();
    }
    return Optional.of(new BaseUrl(text.endsWith("/") ? text : text + "/"));
  }

  /**
   * The base URL of an address known to be valid, such as the preview server's own.
   *
   * @throws IllegalArgumentException when {@code text} is not a base URL
   */
  public static BaseUrl of(String text) {
    return parse(text).orElseThrow(() ->
        new IllegalArgumentException("not a base URL: " + text));
  }

  /** The path, e.g. {@code /bulletin/} or {@code /}; it starts and ends with a slash. */
  public String path() {
    return path;
  }

  /** The absolute address of a site-relative path, e.g. {@code cases/x/}. */
  public String resolve(String sitePath) {
    return url + sitePath;
  }

  /** The address itself, ending with a slash, e.g. {@code https://example.org/bulletin/}. */
  @Override
  public String toString() {
    return url;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BaseUrl that && url.equals(that.url);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }
}
