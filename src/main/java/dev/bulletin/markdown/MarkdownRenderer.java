package dev.bulletin.markdown;

import dev.bulletin.model.PixelSize;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML. The parser, renderers and sanitizer policy are built once and are
 * thread-safe, so one instance serves every file of a build in parallel.
 */
public final class MarkdownRenderer {
  private static final int WORDS_PER_MINUTE = 200;
  private final Parser parser;
  private final List<Extension> extensions;
  private final HtmlRenderer html;
  private final TextContentRenderer text;
  private final PolicyFactory policy;

  public MarkdownRenderer() {
    List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
    this.extensions = extensions;
    this.parser = Parser.builder().extensions(extensions)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    this.html = htmlRenderer(Map.of());
    this.text = TextContentRenderer.builder().build();
    this.policy = HtmlPolicy.create();
  }

  /**
   * Renders {@code markdown} for a place on the page where its first heading level is
   * {@code topHeading} (2 right under the page's title, 3 inside a titled section), letting
   * {@code links} decide where each link points. The text's highest headings become that level
   * and the others keep their distance below it, so the page's outline stays in order whatever
   * level the editor started at.
   */
  public RenderedMarkdown render(String markdown, int topHeading, LinkRewriter links) {
    Node document = parser.parse(markdown);
    List<Heading> headings = new ArrayList<>();
    Map<Node, PixelSize> sizes = new IdentityHashMap<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        headings.add(heading);
        visitChildren(heading);
      }

      @Override
      public void visit(Link link) {
        link.setDestination(links.rewrite(link.getDestination(), lineOf(link),
            columnOf(link)));
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        ImageTarget target = links.rewriteImage(image.getDestination(), lineOf(image),
            columnOf(image));
        image.setDestination(target.destination());
        target.size().ifPresent(size -> sizes.put(image, size));
        visitChildren(image);
      }
    });
    int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topHeading);
    for (Heading heading : headings) {
      heading.setLevel(Math.min(6, heading.getLevel() - highest + topHeading));
    }
    // Most texts have no sized image and share the renderer built once.
    HtmlRenderer renderer = sizes.isEmpty() ? html : htmlRenderer(sizes);
    String safeHtml = policy.sanitize(renderer.render(document));
    String plain = text.render(document).strip();
    return new RenderedMarkdown(safeHtml, plain, firstParagraph(document), countWords(plain));
  }

  /**
   * An HTML renderer giving each image in {@code sizes} its width and height, so the page does
   * not jump when it arrives.
   */
  private HtmlRenderer htmlRenderer(Map<Node, PixelSize> sizes) {
    // The factory is asked once per rendered text, so each text numbers its own ids.
    return HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true)
        .attributeProviderFactory(context -> new HeadingIds())
        // Images in content sit below the headline: the browser fetches them when scrolled to.
        .attributeProviderFactory(context -> (node, tag, attributes) -> {
          if (node instanceof Image) {
            attributes.put("loading", "lazy");
            PixelSize size = sizes.get(node);
            if (size != null) {
              attributes.put("width", Integer.toString(size.width()));
              attributes.put("height", Integer.toString(size.height()));
            }
          }
        }).build();
  }

  /** The words of the first paragraph, links as their text only (no addresses in brackets). */
  private static String firstParagraph(Node document) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph) {
        return collapseSpaces(literals(node, " "));
      }
    }
    return "";
  }

  /**
   * The text and code of {@code node} and everything in it, each line break written as
   * {@code lineBreak}: the words a reader sees, without link addresses or markup.
   */
  static String literals(Node node, String lineBreak) {
    StringBuilder words = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        words.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        words.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak soft) {
        words.append(lineBreak);
      }

      @Override
      public void visit(HardLineBreak hard) {
        words.append(lineBreak);
      }
    });
    return words.toString();
  }

  /**
   * The text stripped, with each run of ASCII white space made one space: what
   * {@code strip().replaceAll("\\s+", " ")} gives, without a regular expression per text.
   */
  private static String collapseSpaces(CharSequence text) {
    String stripped = text.toString().strip();
    StringBuilder out = new StringBuilder(stripped.length());
    boolean inRun = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    return out.toString();
  }

  /** Minutes to read {@code words} words, at least one. */
  public static int readingMinutes(int words) {
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  private static int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  private static int columnOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
  }

  private static int countWords(String plain) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < plain.length(); i++) {
      boolean letter = Character.isLetterOrDigit(plain.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
