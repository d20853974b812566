package dev.bulletin.render;

import dev.bulletin.model.Publisher;
import dev.bulletin.output.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The Atom feed of the corrections log, in the layout of the other feeds (see {@link
 * FeedWriter}). An entry is one correction: the case's headline after its verdict, the note as
 * its summary, and the correction's anchor on the case page as its link and id, so a second
 * correction of the same case is a new entry. Dates come from content, never the clock.
 */
final class CorrectionsFeed {
  private static final String EOL = XmlEscaper.EOL;

  private CorrectionsFeed() {}

  static Page write(PageContext context, String pagePath, String title,
      List<Correction> corrections) {
    String feedPath = pagePath + "feed.xml";
    StringBuilder out = new StringBuilder(1024 + 1024 * corrections.size());
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(EOL);
    out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">").append(EOL);
    element(out, "  ", "title", title);
    link(out, "  ", context.url(pagePath), "text/html", "alternate");
    link(out, "  ", context.url(feedPath), "application/atom+xml", "self");
    Publisher publisher = context.site().config().publisher();
    out.append("  <author>").append(EOL);
    element(out, "    ", "name", publisher.name());
    if (!publisher.url().isEmpty()) {
      element(out, "    ", "uri", publisher.url());
    }
    out.append("  </author>").append(EOL);
    element(out, "  ", "id", context.url(feedPath));
    LocalDate updated = corrections.isEmpty() ? LocalDate.of(1970, 1, 1)
        : corrections.get(0).update().date();
    element(out, "  ", "updated", timestamp(updated));
    for (Correction correction : corrections.subList(0,
        Math.min(FeedWriter.ENTRIES, corrections.size()))) {
      String url = context.url(correction.c().path()) + "#" + correction.anchor();
      String date = timestamp(correction.update().date());
      out.append("  <entry>").append(EOL);
      element(out, "    ", "title", context.headline(correction.c()));
      link(out, "    ", url, "text/html", "alternate");
      element(out, "    ", "id", url);
      element(out, "    ", "updated", date);
      element(out, "    ", "published", date);
      out.append("    <summary type=\"text\">");
      XmlEscaper.text(out, correction.update().noteText());
      out.append("</summary>").append(EOL);
      out.append("  </entry>").append(EOL);
    }
    out.append("</feed>").append(EOL);
    return new Page(feedPath, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void element(StringBuilder out, String indent, String name, String text) {
    out.append(indent).append('<').append(name).append('>');
    XmlEscaper.text(out, text);
    out.append("</").append(name).append('>').append(EOL);
  }

  private static void link(StringBuilder out, String indent, String href, String type,
      String rel) {
    out.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
        .append("\" href=\"");
    XmlEscaper.attribute(out, href);
    out.append("\" />").append(EOL);
  }

  private static String timestamp(LocalDate day) {
    return day + "T00:00:00Z";
  }
}
