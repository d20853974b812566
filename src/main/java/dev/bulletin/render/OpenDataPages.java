package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import dev.bulletin.model.Case;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import dev.bulletin.output.Page;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  static final List<String> COLUMNS = List.of("slug", "url", "title", "verdict", "issue",
      "issue_date", "date", "languages", "countries", "keywords", "claim", "summary", "response",
      "source_outlets", "source_urls",
      "author", "warning");

  private OpenDataPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> new Page("data/cases.json", json(context)),
        () -> new Page("data/cases.csv", csv(context)));
  }


  // A whole file is remembered by its rows: after an edit that changed no row, the file's bytes
  // are reused instead of joining and encoding tens of megabytes again.
  private record JsonFile(List<String> rows) {}

  private record CsvFile(List<String> rows) {}

  /**
   * The cases as a pretty-printed JSON array, put together from each case's object (made once,
   * see {@link FragmentMemo}) in the layout Gson's pretty printing gives the whole array.
   */
  static byte[] json(PageContext context) {
    List<String> rows = rows(context, c -> new CaseKey("jsonRow", c,
        List.of(context.published(c), author(context, c))), c -> jsonRow(context, c));
    return context.fragments().single(new JsonFile(rows), () -> {
      if (rows.isEmpty()) {
        return "[]\n".getBytes(StandardCharsets.UTF_8);
      }
      StringBuilder out = new StringBuilder(2048 * (rows.size() + 1));
      out.append("[\n").append(String.join(",\n", rows)).append("\n]\n");
      return out.toString().getBytes(StandardCharsets.UTF_8);
    });
  }

  /** Each case's row, remembered by what it is made from. */
  private static List<String> rows(PageContext context, Function<Case, Object> key,
      Function<Case, String> row) {
    List<Case> cases = context.site().cases();
    List<String> rows = new ArrayList<>(cases.size());
    for (Case c : cases) {
      rows.add(context.fragments().single(key.apply(c), () -> row.apply(c)));
    }
    return rows;
  }

  /** One case's object, indented as an element of the array. */
  private static String jsonRow(PageContext context, Case c) {
    StringWriter out = new StringWriter(2048);
    try (JsonWriter json = new JsonWriter(out)) {
      // The settings Gson uses for pretty printing without HTML escaping.
      json.setIndent("  ");
      json.setHtmlSafe(false);
      json.setSerializeNulls(false);
      json.beginArray();
      row(json, context, c);
      json.endArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data/cases.json", e);
    }
    String array = out.toString();
    // Written inside an array for its indentation; the brackets and their line breaks go.
    return array.substring(2, array.length() - 2);
  }

  private static void row(JsonWriter json, PageContext context, Case c) throws IOException {
    json.beginObject();
    json.name("slug").value(c.slug());
    json.name("url").value(context.url(c.path()));
    json.name("title").value(c.title());
    // The claim's words never travel without the verdict and the debunk.
    json.name("verdict").value(context.site().config().verdict());
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
    json.name("summary").value(c.summary());
    json.name("response").value(c.responseText());
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

  static byte[] csv(PageContext context) {
    CSVFormat format = CSVFormat.RFC4180;
    List<String> rows = rows(context, c -> new CaseKey("csvRow", c,
        List.of(context.published(c), author(context, c))), c -> csvRow(context, format, c));
    return context.fragments().single(new CsvFile(rows), () -> {
      StringBuilder out = new StringBuilder(1024 * (rows.size() + 1));
      try (CSVPrinter printer = new CSVPrinter(out, format)) {
        printer.printRecord(COLUMNS);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write data/cases.csv", e);
      }
      rows.forEach(out::append);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    });
  }

  private static String csvRow(PageContext context, CSVFormat format, Case c) {
    StringBuilder out = new StringBuilder(1024);
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(c.slug(), context.url(c.path()), c.title(),
          context.site().config().verdict(), c.issue(),
          context.published(c), c.date(), names(c.languages()), names(c.countries()),
          names(c.keywords()), c.claimText(), c.summary(), c.responseText(),
          c.sources().stream().map(Source::outlet).collect(Collectors.joining("; ")),
          c.sources().stream().map(Source::url).filter(u -> !u.isEmpty())
              .collect(Collectors.joining(" ")),
          author(context, c), c.warning());
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
