package dev.bulletin.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist for HTML in content: formatting, links, images, tables and figures survive;
 * scripts, styles, event handlers, forms and unknown embeds do not. Video embeds are kept only
 * from YouTube's privacy-enhanced host and Vimeo's player.
 */
final class HtmlPolicy {
  private static final Pattern IMAGE_SRC =
      Pattern.compile("(?i)(https?://|/|\\.{0,2}/?[\\w-])[^\\s]*|data:image/(png|gif|jpe?g|webp);"
          + "base64,[a-z0-9+/=\\s]+");
  private static final Pattern EMBED_SRC = Pattern.compile(
      "https://(www\\.youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/)[\\w?=&%/-]+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
  private static final Pattern ANCHOR_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private HtmlPolicy() {}

  static PolicyFactory create() {
    return new HtmlPolicyBuilder()
        .allowCommonInlineFormattingElements()
        .allowCommonBlockElements()
        .allowElements("a", "img", "figure", "figcaption", "pre", "code", "blockquote", "hr",
            "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "dl", "dt",
            "dd", "sup", "sub", "del", "ins", "mark", "abbr", "cite", "q", "kbd", "iframe")
        .allowUrlProtocols("http", "https", "mailto")
        .allowAttributes("href", "title").onElements("a")
        .allowAttributes("src").matching(IMAGE_SRC).onElements("img")
        .allowAttributes("alt", "title").onElements("img")
        .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe")
        .allowAttributes("src").matching(EMBED_SRC).onElements("iframe")
        .allowAttributes("title").onElements("iframe", "abbr")
        .allowAttributes("id").matching(ANCHOR_ID)
            .onElements("h1", "h2", "h3", "h4", "h5", "h6")
        .allowAttributes("align").matching(Pattern.compile("left|right|center"))
            .onElements("th", "td")
        .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
        .allowAttributes("start").matching(NUMBER).onElements("ol")
        .allowAttributes("class").matching(Pattern.compile("language-[\\w+-]{1,30}"))
            .onElements("code")
        .requireRelsOnLinks("noopener")
        .toFactory();
  }
}
