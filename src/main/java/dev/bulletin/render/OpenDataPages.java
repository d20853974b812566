package dev.bulletin.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.bulletin.model.Case;
import dev.bulletin.model.Source;
import dev.bulletin.model.Term;
import dev.bulletin.model.TermKind;
import java.io.IOException;
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

  static String json(PageContext context) {
    JsonArray cases = new JsonArray();
    for (Case c : context.site().cases()) {
      JsonObject row = new JsonObject();
      row.addProperty("slug", c.slug());
      row.addProperty("url", context.url(c.path()));
      row.addProperty("title", c.title());
      row.addProperty("issue", c.issue());
      row.addProperty("issue_date", context.published(c).toString());
      row.addProperty("date", c.date().toString());
      for (TermKind kind : TermKind.values()) {
        JsonArray terms = new JsonArray();
        for (Term term : c.terms(kind)) {
          JsonObject t = new JsonObject();
          t.addProperty("slug", term.slug());
          t.addProperty("name", term.name());
          terms.add(t);
        }
        row.add(kind.section(), terms);
      }
      row.addProperty("claim", c.claimText());
      JsonArray sources = new JsonArray();
      for (Source source : c.sources()) {
        JsonObject s = new JsonObject();
        s.addProperty("outlet", source.outlet());
        s.addProperty("url", source.url());
        s.addProperty("archive", source.archive());
        sources.add(s);
      }
      row.add("sources", sources);
      row.addProperty("author", author(context, c));
      row.addProperty("warning", c.warning());
      cases.add(row);
    }
    Gson gson = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    return gson.toJson(cases) + "\n";
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
