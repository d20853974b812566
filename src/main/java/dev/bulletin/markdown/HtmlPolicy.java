package dev.bulletin.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist for HTML in content: formatting, links, images, tables and figures survive;
 * scripts, styles, event handlers, forms and unknown embeds do not. Video embeds are kept only
 * from YouTube's privacy-enhanced host and Vimeo's player; links may use http, https and mailto,
 * images also inline PNG, GIF, JPEG or WebP data.
 */
final class HtmlPolicy {
  // Web, site-relative and relative addresses, or an inline raster image; never another scheme
  // (the protocol allowlist below only admits `data:` because this pattern narrows it to images).
  private static final Pattern IMAGE_SRC = Pattern.compile("(?i)https?://\\S+|/\\S*"
      + "|(?![a-z][a-z0-9+.-]*:)\\S+|data:image/(png|gif|jpe?g|webp);base64,[a-z0-9+/=]+");
  private static final Pattern LINK_HREF = Pattern.compile("(?i)(?!\\s*data:)\\S+");
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
            "dd", "sup", "sub", "del", "ins", "mark", "abbr", "cite", "q", "kbd")
        // An embed whose address was refused would stay as an empty frame on the page: the
        // element goes too. (Attributes are filtered before this sees them.)
        .allowElements((name, attributes) -> attributes.contains("src") ? name : null,
            "iframe")
        .allowUrlProtocols("http", "https", "mailto", "data")
        .allowAttributes("href").matching(LINK_HREF).onElements("a")
        .allowAttributes("title").onElements("a")
        .allowAttributes("src").matching(IMAGE_SRC).onElements("img")
        .allowAttributes("alt", "title").onElements("img")
        .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
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
