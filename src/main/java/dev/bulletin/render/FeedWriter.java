package dev.bulletin.render;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.bulletin.model.Case;
import dev.bulletin.model.Publisher;
import dev.bulletin.model.Term;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes one Atom 1.0 feed with Rome. Every date comes from content (the issue that published a
 * case), never from the clock, so the same content always gives the same bytes.
 */
final class FeedWriter {
  /** How many of the newest cases a feed carries. */
  static final int ENTRIES = 50;

  private final PageContext context;

  FeedWriter(PageContext context) {
    this.context = context;
  }

  /**
   * The feed at {@code pagePath + "feed.xml"} for the page at {@code pagePath}, with the newest
   * {@link #ENTRIES} of {@code cases} (which are newest first).
   */
  Page write(String pagePath, String title, List<Case> cases) {
    String feedPath = pagePath + "feed.xml";
    List<Case> latest = cases.subList(0, Math.min(ENTRIES, cases.size()));
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setLanguage(context.site().config().language());
    feed.setId(context.url(feedPath));
    feed.setTitle(title);
    if (!context.site().config().description().isEmpty()) {
      feed.setSubtitle(text(context.site().config().description()));
    }
    feed.setAlternateLinks(List.of(link("alternate", "text/html", context.url(pagePath))));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", context.url(feedPath))));
    feed.setAuthors(List.of(publisher()));
    feed.setUpdated(date(latest.stream().map(context::published).max(LocalDate::compareTo)
        .orElse(LocalDate.of(1970, 1, 1))));
    List<Entry> entries = new ArrayList<>(latest.size());
    for (Case c : latest) {
      entries.add(entry(c));
    }
    feed.setEntries(entries);
    try {
      String xml = new WireFeedOutput().outputString(feed, true);
      return new Page(feedPath, xml.getBytes(StandardCharsets.UTF_8));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed " + feedPath, e);
    }
  }

  private Entry entry(Case c) {
    Entry entry = new Entry();
    String url = context.url(c.path());
    entry.setId(url);
    entry.setTitle(c.title());
    entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
    Date published = date(context.published(c));
    entry.setPublished(published);
    entry.setUpdated(published);
    entry.setSummary(text(c.claimText()));
    List<Category> categories = new ArrayList<>();
    for (Term keyword : c.keywords()) {
      Category category = new Category();
      category.setTerm(keyword.slug());
      category.setLabel(keyword.name());
      category.setScheme(context.url(keyword.kind().section() + "/"));
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private Person publisher() {
    Publisher publisher = context.site().config().publisher();
    Person person = new Person();
    person.setName(publisher.name());
    if (!publisher.url().isEmpty()) {
      person.setUri(publisher.url());
    }
    return person;
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
