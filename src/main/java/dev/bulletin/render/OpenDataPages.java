package dev.bulletin.render;

import com.google.gson.stream.JsonWriter;
import dev.bulletin.model.Case;
import dev.bulletin.model.Slugs;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import dev.bulletin.model.Update;
import dev.bulletin.output.Page;
import java.io.IOException;
import java.io.OutputStream;
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
  static final List<String> COLUMNS = List.of("slug", "url", "title", "verdict", "rating",
      "rating_value", "issue", "issue_date", "date", "languages", "countries", "keywords",
      "claim", "summary", "response", "source_outlets", "source_urls", "outlets",
      "author", "warning", "updates");
  private static final String JSON_ROW = "jsonRow";
  private static final String CSV_ROW = "csvRow";

  private OpenDataPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> Page.streamed("data/cases.json", () -> inputs(context, JSON_ROW),
            out -> json(context, out)),
        () -> Page.streamed("data/cases.csv", () -> inputs(context, CSV_ROW),
            out -> csv(context, out)));
  }

  /** What a file is made from: the settings, and each case with what its row adds to it. */
  private static List<Object> inputs(PageContext context, String piece) {
    List<Object> inputs = new ArrayList<>(context.site().cases().size() + 1);
    inputs.add(context.site().config());
    for (Case c : context.site().cases()) {
      inputs.add(rowKey(context, piece, c));
    }
    return inputs;
  }

  private static CaseKey rowKey(PageContext context, String piece, Case c) {
    return new CaseKey(piece, c, List.of(context.published(c), author(context, c)));
  }

  /**
   * The cases as a pretty-printed JSON array, streamed from each case's object in the layout
   * Gson's pretty printing gives the whole array: the file is tens of megabytes at archive scale
   * and is never held whole.
   */
  static void json(PageContext context, OutputStream out) throws IOException {
    if (context.site().cases().isEmpty()) {
      out.write(utf8("[]\n"));
      return;
    }
    out.write(utf8("[\n"));
    writeRows(context, out, utf8(",\n"), c -> rowKey(context, JSON_ROW, c),
        c -> jsonRow(context, c));
    out.write(utf8("\n]\n"));
  }

  /**
   * Each case's row, between {@code separator}s. A row is remembered (as UTF-8) by what it is
   * made from, so the preview makes again only the rows of the cases an edit changed.
   */
  private static void writeRows(PageContext context, OutputStream out, byte[] separator,
      Function<Case, Object> key, Function<Case, String> row) throws IOException {
    boolean first = true;
    for (Case c : context.site().cases()) {
      if (!first) {
        out.write(separator);
      }
      first = false;
      out.write(context.fragments().single(key.apply(c), () -> utf8(row.apply(c))));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
    json.name("verdict").value(c.rating().name());
    json.name("rating").value(c.rating().slug());
    json.name("rating_value").value(c.rating().value());
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
    json.name("outlets").beginArray();
    for (String slug : outletSlugs(c)) {
      json.value(slug);
    }
    json.endArray();
    json.name("author").value(author(context, c));
    json.name("warning").value(c.warning());
    json.name("updates").beginArray();
    for (Update update : c.updates()) {
      json.beginObject();
      json.name("date").value(update.date().toString());
      json.name("correction").value(update.correction());
      json.name("note").value(update.noteText());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  static void csv(PageContext context, OutputStream out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180;
    StringBuilder header = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(header, format)) {
      printer.printRecord(COLUMNS);
    }
    out.write(utf8(header.toString()));
    writeRows(context, out, new byte[0], c -> rowKey(context, CSV_ROW, c),
        c -> csvRow(context, format, c));
  }

  private static String csvRow(PageContext context, CSVFormat format, Case c) {
    StringBuilder out = new StringBuilder(1024);
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(c.slug(), context.url(c.path()), c.title(),
          c.rating().name(), c.rating().slug(),
          c.rating().hasValue() ? c.rating().value() : "", c.issue(),
          context.published(c), c.date(), names(c.languages()), names(c.countries()),
          names(c.keywords()), c.claimText(), c.summary(), c.responseText(),
          c.sources().stream().map(Source::outlet).collect(Collectors.joining("; ")),
          c.sources().stream().map(Source::url).filter(u -> !u.isEmpty())
              .collect(Collectors.joining(" ")),
          String.join("; ", outletSlugs(c)), author(context, c), c.warning(), updates(c));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data/cases.csv", e);
    }
    return out.toString();
  }

  /** One line per update, oldest first: {@code 2026-11-04 correction: note}. */
  private static String updates(Case c) {
    return c.updates().stream().map(u -> u.date() + (u.correction() ? " correction: "
        : " update: ") + u.noteText()).collect(Collectors.joining("\n"));
  }

  /**
   * The case's outlets as outlets/ names them, each once: spellings that slug alike are one
   * outlet there, so a researcher groups by these rather than by the names as written.
   */
  private static List<String> outletSlugs(Case c) {
    return c.sources().stream().map(s -> Slugs.of(s.outlet().strip()))
        .filter(slug -> !slug.isEmpty()).distinct().toList();
  }

  private static String names(List<Term> terms) {
    return terms.stream().map(Term::name).collect(Collectors.joining("; "));
  }

  private static String author(PageContext context, Case c) {
    return context.site().author(c.authorId()).map(a -> a.name()).orElse("");
  }
}
