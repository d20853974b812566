package dev.bulletin.render;

import dev.bulletin.model.Case;
import dev.bulletin.model.Publisher;
import dev.bulletin.model.Term;
import dev.bulletin.output.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Atom 1.0 feeds. A case sits in up to a dozen feeds (the site's, its issue's, its
 * keywords' and countries'), so its {@code <entry>} is made once (see {@link FragmentMemo}) and
 * the feeds are put together from those bytes. Every date comes from content (the issue that
 * published a case), never from the clock, so the same content always gives the same bytes. The layout
 * (two-space indent, CRLF line ends) is the one Rome wrote before; a test holds the two equal.
 */
final class FeedWriter {
  /** How many of the newest cases a feed carries. */
  static final int ENTRIES = 50;
  private static final String EOL = XmlEscaper.EOL;
  private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

  private final PageContext context;

  FeedWriter(PageContext context) {
    this.context = context;
  }

  /**
   * The feed at {@code pagePath + "feed.xml"} for the page at {@code pagePath}, with the newest
   * {@link #ENTRIES} of {@code cases} (which are newest first).
   */
  Page write(String pagePath, String title, List<Case> cases) {
    String feedPath = pagePath + "feed.xml";
    List<Case> latest = cases.subList(0, Math.min(ENTRIES, cases.size()));
    List<byte[]> entries = new ArrayList<>(latest.size());
    for (Case c : latest) {
      entries.add(entry(c));
    }
    // The preview keeps a feed whose entries are the very same pieces as last build.
    return new Page(feedPath, context.fragments().single(new FeedFile(feedPath, title, entries),
        () -> join(head(pagePath, feedPath, title, latest), entries)));
  }

  /** What a feed is made from; its entries compare by identity, as remembered pieces repeat. */
  private record FeedFile(String path, String title, List<byte[]> entries) {}

  private byte[] head(String pagePath, String feedPath, String title, List<Case> latest) {
    StringBuilder head = new StringBuilder(1024);
    head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(EOL);
    head.append("<feed xmlns=\"").append(NAMESPACE).append("\">").append(EOL);
    element(head, "  ", "title", null, title);
    link(head, "  ", "alternate", "text/html", context.url(pagePath));
    link(head, "  ", "self", "application/atom+xml", context.url(feedPath));
    author(head, context.site().config().publisher());
    String description = context.site().config().description();
    if (!description.isEmpty()) {
      element(head, "  ", "subtitle", "text", description);
    }
    element(head, "  ", "id", null, context.url(feedPath));
    LocalDate updated = latest.stream().map(context::modified).max(LocalDate::compareTo)
        .orElse(LocalDate.of(1970, 1, 1));
    element(head, "  ", "updated", null, timestamp(updated));
    return head.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] join(byte[] start, List<byte[]> entries) {
    byte[] end = ("</feed>" + EOL).getBytes(StandardCharsets.UTF_8);
    int size = start.length + end.length;
    for (byte[] entry : entries) {
      size += entry.length;
    }
    byte[] feed = new byte[size];
    int at = copy(start, feed, 0);
    for (byte[] entry : entries) {
      at = copy(entry, feed, at);
    }
    copy(end, feed, at);
    return feed;
  }

  private byte[] entry(Case c) {
    return context.fragments().shared(new CaseKey("atomEntry", c, context.published(c)),
        () -> makeEntry(c));
  }

  private byte[] makeEntry(Case c) {
    StringBuilder out = new StringBuilder(2048);
    String url = context.url(c.path());
    String published = timestamp(context.published(c));
    out.append("  <entry>").append(EOL);
    element(out, "    ", "title", null, context.headline(c));
    link(out, "    ", "alternate", "text/html", url);
    for (Term keyword : c.keywords()) {
      out.append("    <category term=\"");
      XmlEscaper.attribute(out, keyword.slug());
      out.append("\" label=\"");
      XmlEscaper.attribute(out, keyword.name());
      out.append("\" scheme=\"");
      XmlEscaper.attribute(out, context.url(keyword.kind().section() + "/"));
      out.append("\" />").append(EOL);
    }
    element(out, "    ", "id", null, url);
    element(out, "    ", "updated", null, timestamp(context.modified(c)));
    element(out, "    ", "published", null, published);
    element(out, "    ", "summary", "text", context.debunk(c));
    out.append("  </entry>").append(EOL);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void author(StringBuilder out, Publisher publisher) {
    out.append("  <author>").append(EOL);
    element(out, "    ", "name", null, publisher.name());
    if (!publisher.url().isEmpty()) {
      element(out, "    ", "uri", null, publisher.url());
    }
    out.append("  </author>").append(EOL);
  }

  private static void link(StringBuilder out, String indent, String rel, String type,
      String href) {
    out.append(indent).append("<link rel=\"");
    XmlEscaper.attribute(out, rel);
    out.append("\" type=\"");
    XmlEscaper.attribute(out, type);
    out.append("\" href=\"");
    XmlEscaper.attribute(out, href);
    out.append("\" />").append(EOL);
  }

  /** One element with text and an optional {@code type}; empty text makes an empty element. */
  private static void element(StringBuilder out, String indent, String name, String type,
      String text) {
    out.append(indent).append('<').append(name);
    if (type != null) {
      out.append(" type=\"").append(type).append('"');
    }
    out.append('>');
    int mark = out.length();
    if (XmlEscaper.text(out, text)) {
      out.append("</").append(name).append('>');
    } else {
      out.setLength(mark - 1);
      out.append(" />");
    }
    out.append(EOL);
  }

  /** Midnight UTC of a content date, as Atom's date-time. */
  private static String timestamp(LocalDate day) {
    return day + "T00:00:00Z";
  }

  private static int copy(byte[] part, byte[] into, int at) {
    System.arraycopy(part, 0, into, at, part.length);
    return at + part.length;
  }
}
