package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import dev.bulletin.model.Case;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Open data for researchers: {@code data/cases.json} and {@code data/cases.csv} (RFC 4180), every
 * published case newest first with its metadata and URL. README documents the columns.
 */
final class OpenDataPages {
  /** The CSV columns, in order; the JSON objects use the same names. */
  static final List<String> COLUMNS = List.of("slug", "url", "title", "issue", "issue_date",
      "date", "languages", "countries", "keywords", "claim", "source_outlets", "source_urls",
      "author", "warning");

  private OpenDataPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> new Page("data/cases.json", json(context).getBytes(StandardCharsets.UTF_8)),
        () -> new Page("data/cases.csv", csv(context).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The cases as a pretty-printed JSON array, written straight out rather than built as a tree
   * first (on a large site the tree is several times the size of the text).
   */
  static String json(PageContext context) {
    StringWriter out = new StringWriter(2048 * (context.site().cases().size() + 1));
    try (JsonWriter json = new JsonWriter(out)) {
      // The settings Gson uses for pretty printing without HTML escaping.
      json.setIndent("  ");
      json.setHtmlSafe(false);
      json.setSerializeNulls(false);
      json.beginArray();
      for (Case c : context.site().cases()) {
        row(json, context, c);
      }
      json.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data/cases.json", e);
    }
    return out.append('\n').toString();
  }

  private static void row(JsonWriter json, PageContext context, Case c) throws IOException {
    json.beginObject();
    json.name("slug").value(c.slug());
    json.name("url").value(context.url(c.path()));
    json.name("title").value(c.title());
    json.name("issue").value(c.issue());
    json.name("issue_date").value(context.published(c).toString());
    json.name("date").value(c.date().toString());
    for (TermKind kind : TermKind.values()) {
      json.name(kind.section()).beginArray();
      for (Term term : c.terms(kind)) {
        json.beginObject();
        json.name("slug").value(term.slug());
        json.name("name").value(term.name());
        json.endObject();
      }
      json.endArray();
    }
    json.name("claim").value(c.claimText());
    json.name("sources").beginArray();
    for (Source source : c.sources()) {
      json.beginObject();
      json.name("outlet").value(source.outlet());
      json.name("url").value(source.url());
      json.name("archive").value(source.archive());
      json.endObject();
    }
    json.endArray();
    json.name("author").value(author(context, c));
    json.name("warning").value(c.warning());
    json.endObject();
  }

  static String csv(PageContext context) {
    StringBuilder out = new StringBuilder(1024 * (context.site().cases().size() + 1));
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
        .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Case c : context.site().cases()) {
        printer.printRecord(c.slug(), context.url(c.path()), c.title(), c.issue(),
            context.published(c), c.date(), names(c.languages()), names(c.countries()),
            names(c.keywords()), c.claimText(),
            c.sources().stream().map(Source::outlet).collect(Collectors.joining("; ")),
            c.sources().stream().map(Source::url).filter(u -> !u.isEmpty())
                .collect(Collectors.joining(" ")),
            author(context, c), c.warning());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data/cases.csv", e);
    }
    return out.toString();
  }

  private static String names(List<Term> terms) {
    return terms.stream().map(Term::name).collect(Collectors.joining("; "));
  }

  private static String author(PageContext context, Case c) {
    return context.site().author(c.authorId()).map(a -> a.name()).orElse("");
  }
}
