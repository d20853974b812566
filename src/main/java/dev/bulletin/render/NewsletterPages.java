package dev.bulletin.render;

import dev.bulletin.markdown.EmailHtml;
import dev.bulletin.model.Case;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.output.Page;
import dev.bulletin.theme.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The weekly newsletter: each issue's {@code email.html} and {@code email.txt}, ready to paste
 * into a mailing tool, with the editorial intro and every case (its headline after the verdict,
 * the debunk, a link). A mail has no address of its own, so every link in it is absolute. A
 * theme without {@code email.ftlh} (or {@code email-text.ftlh}) gets no such file, so a
 * bulletin whose templates predate the newsletter builds as before.
 */
final class NewsletterPages {
  static final String HTML_TEMPLATE = "email.ftlh";
  static final String TEXT_TEMPLATE = "email-text.ftlh";
  /** Columns of the text part: short enough for any mail reader, as mail has long used. */
  static final TextWrap WRAP = new TextWrap(72);

  /** An issue intro made fit for mail, as HTML or as plain text. */
  private record Intro(String html, String pageUrl, boolean asHtml) {}

  private NewsletterPages() {}

  static List<Supplier<Page>> jobs(PageContext context, Theme theme) {
    boolean html = theme.names().contains(HTML_TEMPLATE);
    boolean text = theme.names().contains(TEXT_TEMPLATE);
    List<Supplier<Page>> jobs = new ArrayList<>();
    for (IssueGroup group : context.site().issues()) {
      if (html) {
        jobs.add(() -> render(context, group, HTML_TEMPLATE, "email.html"));
      }
      if (text) {
        jobs.add(() -> render(context, group, TEXT_TEMPLATE, "email.txt"));
      }
    }
    return jobs;
  }

  private static Page render(PageContext context, IssueGroup group, String template,
      String file) {
    String issuePath = group.issue().path();
    String pageUrl = context.url(issuePath);
    Map<String, Object> values = new HashMap<>();
    values.put("issue", group.issue());
    values.put("cases", group.cases());
    values.put("baseUrl", context.url(""));
    values.put("pageUrl", pageUrl);
    values.put("htmlUrl", context.url(issuePath + "email.html"));
    values.put("textUrl", context.url(issuePath + "email.txt"));
    values.put("dir", context.site().config().direction());
    values.put("debunks", debunks(context, group.cases()));
    values.put("preheader", preheader(context, group));
    // Rewriting the intro parses its HTML: remembered, so the preview does it only for an
    // intro that changed.
    String intro = group.issue().introHtml();
    if (template.equals(HTML_TEMPLATE)) {
      values.put("intro", context.fragments().single(new Intro(intro, pageUrl, true),
          () -> EmailHtml.withAbsoluteLinks(intro, pageUrl)));
    } else {
      values.put("intro", context.fragments().single(new Intro(intro, pageUrl, false),
          () -> EmailHtml.plainText(intro, pageUrl)));
      values.put("wrap", WRAP);
    }
    String title = context.message("issue.label") + " " + group.issue().number()
        + (group.issue().title().isEmpty() ? "" : ": " + group.issue().title());
    return context.render(template, issuePath + file, title, group.issue().summary(), values);
  }

  /**
   * What each case's entry says under its headline, by slug: why the claim is false (its
   * summary, or the response's first paragraph), shortened to a teaser as on the cards.
   */
  private static Map<String, String> debunks(PageContext context, List<Case> cases) {
    Map<String, String> debunks = new HashMap<>();
    for (Case c : cases) {
      debunks.put(c.slug(), c.summary().isEmpty() ? "" : context.excerpt(c.summary(), 300));
    }
    return debunks;
  }

  /** The line mail readers show after the subject: the issue's summary, else its title. */
  private static String preheader(PageContext context, IssueGroup group) {
    if (!group.issue().summary().isEmpty()) {
      return group.issue().summary();
    }
    return group.cases().isEmpty() ? context.site().config().title()
        : context.headline(group.cases().get(0));
  }
}
