package dev.bulletin.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
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
  private final HtmlRenderer html;
  private final TextContentRenderer text;
  private final PolicyFactory policy;

  public MarkdownRenderer() {
    List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
        HeadingAnchorExtension.create());
    this.parser = Parser.builder().extensions(extensions)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    this.html = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
    this.text = TextContentRenderer.builder().build();
    this.policy = HtmlPolicy.create();
  }

  /** Renders {@code markdown}, letting {@code links} decide where each link points. */
  public RenderedMarkdown render(String markdown, LinkRewriter links) {
    Node document = parser.parse(markdown);
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        link.setDestination(links.rewrite(link.getDestination(), lineOf(link),
            columnOf(link)));
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        image.setDestination(links.rewrite(image.getDestination(), lineOf(image),
            columnOf(image)));
        visitChildren(image);
      }
    });
    String safeHtml = policy.sanitize(html.render(document));
    String plain = text.render(document).strip();
    return new RenderedMarkdown(safeHtml, plain, firstParagraph(document), countWords(plain));
  }

  /** The words of the first paragraph, links as their text only (no addresses in brackets). */
  private static String firstParagraph(Node document) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph) {
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
          public void visit(SoftLineBreak lineBreak) {
            words.append(' ');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            words.append(' ');
          }
        });
        return words.toString().strip().replaceAll("\\s+", " ");
      }
    }
    return "";
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
