package dev.bulletin.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SVG file as XML (no DTD, no external entities) for its size and for anything a
 * browser would run: an SVG is published on the site's own address, so a script in it opened
 * directly would run with the site's rights. Scripts, event handlers, {@code javascript:}
 * links and embedded HTML ({@code foreignObject}) are dangers; so is a file that is not XML.
 */
final class SvgInspector {
  private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  private SvgInspector() {}

  static ImageFacts read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      Optional<ImageFacts.Danger> danger = Optional.empty();
      ImageFacts facts = ImageFacts.NONE;
      boolean root = true;
      while (xml.hasNext() && danger.isEmpty()) {
        if (xml.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        if (root) {
          facts = size(xml);
          root = false;
        }
        danger = danger(xml);
      }
      return new ImageFacts(facts.size(), danger);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String why = e.getMessage().replaceFirst("(?s)^ParseError at .*?Message:\\s*", "");
      return new ImageFacts(Optional.empty(), Optional.of(new ImageFacts.Danger(
          at == null ? 1 : Math.max(1, at.getLineNumber()),
          at == null ? 1 : Math.max(1, at.getColumnNumber()),
          "it is not well-formed XML (" + why.strip() + "), so browsers cannot show it;"
              + " export it again from the drawing program")));
    }
  }

  private static Optional<ImageFacts.Danger> danger(XMLStreamReader xml) {
    String element = xml.getLocalName();
    if (element.equalsIgnoreCase("script") || element.equalsIgnoreCase("foreignObject")) {
      return at(xml, "a `<" + element + ">` element");
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String name = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
      String value = xml.getAttributeValue(i).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
      if (name.startsWith("on")) {
        return at(xml, "an event handler `" + xml.getAttributeLocalName(i) + "`");
      }
      if (value.startsWith("javascript:") || value.startsWith("data:text/html")) {
        return at(xml, "a script address in `" + xml.getAttributeLocalName(i) + "`");
      }
    }
    return Optional.empty();
  }

  private static Optional<ImageFacts.Danger> at(XMLStreamReader xml, String what) {
    Location at = xml.getLocation();
    return Optional.of(new ImageFacts.Danger(at.getLineNumber(), at.getColumnNumber(),
        "it contains " + what + ", which a browser would run as code on this site's address;"
            + " export the image again without scripts or interactive parts"));
  }

  /** From {@code width} and {@code height} in pixels, else from the {@code viewBox}. */
  private static ImageFacts size(XMLStreamReader xml) {
    String width = xml.getAttributeValue(null, "width");
    String height = xml.getAttributeValue(null, "height");
    if (width != null && height != null) {
      Matcher w = LENGTH.matcher(width);
      Matcher h = LENGTH.matcher(height);
      if (w.matches() && h.matches()) {
        return ImageFacts.sized((int) Math.round(Double.parseDouble(w.group(1))),
            (int) Math.round(Double.parseDouble(h.group(1))));
      }
    }
    String viewBox = xml.getAttributeValue(null, "viewBox");
    if (viewBox != null) {
      Matcher numbers = NUMBER.matcher(viewBox);
      double[] box = new double[4];
      int found = 0;
      while (found < 4 && numbers.find()) {
        box[found++] = Double.parseDouble(numbers.group());
      }
      if (found == 4) {
        return ImageFacts.sized((int) Math.round(box[2]), (int) Math.round(box[3]));
      }
    }
    return ImageFacts.NONE;
  }
}
