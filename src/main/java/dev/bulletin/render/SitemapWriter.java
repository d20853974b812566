package dev.bulletin.render;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes {@code sitemap.xml} (sitemaps.org protocol 0.9) with a real XML writer. */
final class SitemapWriter {
  static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** One page of the sitemap: its absolute URL and, when content dates it, its last change. */
  record Entry(String url, Optional<LocalDate> lastModified) {}

  private SitemapWriter() {}

  /** A {@code urlset} of {@code entries}. */
  static byte[] write(List<Entry> entries) {
    return write("urlset", "url", entries);
  }

  /** A {@code sitemapindex} of the sitemap files {@code sitemaps}. */
  static byte[] writeIndex(List<Entry> sitemaps) {
    return write("sitemapindex", "sitemap", sitemaps);
  }

  private static byte[] write(String root, String item, List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * (entries.size() + 1));
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeCharacters("\n");
      for (Entry entry : entries) {
        xml.writeCharacters("  ");
        xml.writeStartElement(item);
        element(xml, "loc", entry.url());
        if (entry.lastModified().isPresent()) {
          element(xml, "lastmod", entry.lastModified().get().toString());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the sitemap", e);
    }
    return bytes.toByteArray();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
