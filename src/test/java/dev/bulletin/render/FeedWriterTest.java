package dev.bulletin.render;

import dev.bulletin.output.Page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.WireFeedOutput;
import dev.bulletin.model.BaseUrl;
import dev.bulletin.model.Case;
import dev.bulletin.model.Issue;
import dev.bulletin.model.IssueGroup;
import dev.bulletin.model.Publisher;
import dev.bulletin.model.Site;
import dev.bulletin.model.SiteConfig;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds are written by hand so that entries can be shared between feeds; Rome, the library that
 * wrote them before, is the oracle: for random text, both give the same bytes.
 */
class FeedWriterTest {
  // Markup characters, every kind of white space at the ends and inside, non-ASCII and emoji.
  private static final String ALPHABET = "ab Z9&<>\"'\t\n\r  éЖ—«»\ud83d\ude00=;#";

  @Test
  void writesWhatRomeWroteForRandomText() throws Exception {
    Random random = new Random(11);
    for (int trial = 0; trial < 1_000; trial++) {
      SiteConfig config = new SiteConfig(text(random), BaseUrl.of("https://example.org/b/"), "en",
          random.nextBoolean() ? "" : text(random),
          new Publisher(text(random), random.nextBoolean() ? "" : "https://example.org/p?a=1&b=2"),
          "Disinformation");
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(4); i++) {
        List<Term> keywords = List.of(new Term(TermKind.KEYWORD, text(random), "k" + i, ""),
            new Term(TermKind.KEYWORD, text(random), "nato", ""));
        cases.add(new Case("case-" + i, "", text(random), 7, LocalDate.of(2026, 1, 1 + i),
            List.of(), List.of(), keywords, "", text(random), "", "", "Summary " + text(random),
            List.of(), "", "", false, 1, config.defaultRating()));
      }
      Issue issue = new Issue(7, LocalDate.of(2026, 2, 5), "", "", "");
      Site site = new Site(config, List.of(new IssueGroup(issue, cases)), cases, Map.of(),
          Map.of(), List.of(), Map.of());
      PageContext context = new PageContext(site, new TemplateEngine(java.nio.file.Path.of("templates")), Map.of());
      String title = text(random);
      Page page = new FeedWriter(context).write("issues/7/", title, cases);
      assertEquals(rome(context, title, cases, LocalDate.of(2026, 2, 5)),
          new String(page.bytes(), StandardCharsets.UTF_8), "trial " + trial);
    }
  }

  private static String rome(PageContext context, String title, List<Case> cases, LocalDate day)
      throws Exception {
    SiteConfig config = context.site().config();
    String base = config.baseUrl().toString();
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setLanguage(config.language());
    feed.setId(base + "issues/7/feed.xml");
    feed.setTitle(title);
    if (!config.description().isEmpty()) {
      feed.setSubtitle(content(config.description()));
    }
    feed.setAlternateLinks(List.of(link("alternate", "text/html", base + "issues/7/")));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + "issues/7/feed.xml")));
    Person person = new Person();
    person.setName(config.publisher().name());
    if (!config.publisher().url().isEmpty()) {
      person.setUri(config.publisher().url());
    }
    feed.setAuthors(List.of(person));
    Date date = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    feed.setUpdated(date);
    List<Entry> entries = new ArrayList<>();
    for (Case c : cases) {
      Entry entry = new Entry();
      entry.setId(base + c.path());
      entry.setTitle(context.headline(c));
      entry.setAlternateLinks(List.of(link("alternate", "text/html", base + c.path())));
      entry.setPublished(date);
      entry.setUpdated(date);
      entry.setSummary(content(context.debunk(c)));
      List<Category> categories = new ArrayList<>();
      for (Term keyword : c.keywords()) {
        Category category = new Category();
        category.setTerm(keyword.slug());
        category.setLabel(keyword.name());
        category.setScheme(base + "keywords/");
        categories.add(category);
      }
      entry.setCategories(categories);
      entries.add(entry);
    }
    feed.setEntries(entries);
    return new WireFeedOutput().outputString(feed, true);
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Content content(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    // A lone half of the emoji is not text; keep pairs whole.
    return text.toString().replaceAll("\ud83d(?!\ude00)", "").replaceAll("(?<!\ud83d)\ude00", "");
  }
}
