package dev.bulletin;

/** A problem with how Bulletin was invoked (folders, options), not with the content. */
public final class BulletinException extends RuntimeException {
  public BulletinException(String message) {
    super(message);
  }
}
