package dev.bulletin.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;

/**
 * Sanitized HTML made fit for a newsletter: every link and image address made absolute (a mail
 * has no page address to resolve {@code /bulletin/cases/x/} against), or the same content as
 * plain text whose links are numbered and listed with their addresses on lines of their own.
 * The input is {@link MarkdownRenderer}'s output, so it is already safe; it is read with the
 * sanitizer's own parser and written back with its encoder, never pieced together by hand.
 */
public final class EmailHtml {
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "blockquote", "pre", "tr", "figcaption", "dt", "dd", "div", "table", "ul", "ol",
      "figure", "hr", "caption");

  private EmailHtml() {}

  /** {@code safeHtml} with each {@code href} and {@code src} resolved against {@code pageUrl}. */
  public static String withAbsoluteLinks(String safeHtml, String pageUrl) {
    StringBuilder out = new StringBuilder(safeHtml.length() + 256);
    HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, bad -> { });
    HtmlSanitizer.sanitize(safeHtml, new Forwarder(renderer) {
      @Override
      public void openTag(String name, List<String> attributes) {
        List<String> absolute = new ArrayList<>(attributes);
        for (int i = 0; i + 1 < absolute.size(); i += 2) {
          if (absolute.get(i).equals("href") || absolute.get(i).equals("src")) {
            absolute.set(i + 1, absolute(absolute.get(i + 1), pageUrl));
          }
        }
        renderer.openTag(name, absolute);
      }
    });
    return out.toString();
  }

  /**
   * {@code safeHtml} as plain text: blocks separated by blank lines, list items after "- ",
   * each link's text followed by {@code [n]}, and at the end one line {@code [n] address} per
   * link, its address resolved against {@code pageUrl}. Lines are not wrapped.
   */
  public static String plainText(String safeHtml, String pageUrl) {
    StringBuilder text = new StringBuilder(safeHtml.length());
    List<String> links = new ArrayList<>();
    HtmlSanitizer.sanitize(safeHtml, new Forwarder(null) {
      private String href;

      @Override
      public void openTag(String name, List<String> attributes) {
        if (BLOCKS.contains(name) || name.equals("br")) {
          endLine(text, name.equals("br") ? "\n" : "\n\n");
        }
        if (name.equals("li")) {
          text.append("- ");
        } else if (name.equals("a")) {
          href = attribute(attributes, "href");
        } else if (name.equals("img") && !attribute(attributes, "alt").isEmpty()) {
          text.append('[').append(attribute(attributes, "alt")).append(']');
        }
      }

      @Override
      public void closeTag(String name) {
        if (name.equals("a") && href != null && !href.isEmpty()) {
          links.add(absolute(href, pageUrl));
          text.append(" [").append(links.size()).append(']');
          href = null;
        } else if (BLOCKS.contains(name)) {
          endLine(text, "\n\n");
        }
      }

      @Override
      public void text(String words) {
        // White space inside a block is layout in HTML, not text, except in <pre>.
        text.append(words.replaceAll("\\s+", " "));
      }
    });
    StringBuilder out = new StringBuilder(text.toString().replaceAll("(?m)^ +| +$", "")
        .replaceAll("\n{3,}", "\n\n").strip());
    if (!links.isEmpty()) {
      out.append("\n\n");
      for (int i = 0; i < links.size(); i++) {
        out.append('[').append(i + 1).append("] ").append(links.get(i)).append('\n');
      }
    }
    return out.toString().strip();
  }

  /** {@code address} resolved against {@code pageUrl}; as it is when it cannot be parsed. */
  static String absolute(String address, String pageUrl) {
    try {
      return new URI(pageUrl).resolve(new URI(address)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      // The sanitizer let it through as a relative address, yet it is no URI: the mail keeps
      // it resolved by hand against the site rather than broken.
      return address.startsWith("/") ? URI.create(pageUrl).resolve("/") + address.substring(1)
          : pageUrl + address;
    }
  }

  private static void endLine(StringBuilder text, String breaks) {
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    if (text.length() > trailing) {
      text.append(breaks.substring(Math.min(trailing, breaks.length())));
    }
  }

  private static String attribute(List<String> attributes, String name) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return "";
  }

  /** Passes every event on to {@code target} (none when null); subclasses change some. */
  private static class Forwarder implements HtmlSanitizer.Policy {
    private final HtmlStreamEventReceiver target;

    Forwarder(HtmlStreamEventReceiver target) {
      this.target = target;
    }

    @Override
    public void openDocument() {
      if (target != null) {
        target.openDocument();
      }
    }

    @Override
    public void closeDocument() {
      if (target != null) {
        target.closeDocument();
      }
    }

    @Override
    public void openTag(String name, List<String> attributes) {
      if (target != null) {
        target.openTag(name, attributes);
      }
    }

    @Override
    public void closeTag(String name) {
      if (target != null) {
        target.closeTag(name);
      }
    }

    @Override
    public void text(String text) {
      if (target != null) {
        target.text(text);
      }
    }
  }
}
