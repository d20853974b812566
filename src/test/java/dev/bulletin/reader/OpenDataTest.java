package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The open data files hold every published case with its metadata and URL. */
class OpenDataTest {
  private static final List<String> COLUMNS = List.of("slug", "url", "title", "verdict", "rating",
      "rating_value", "issue", "issue_date", "date", "languages", "countries", "keywords",
      "claim", "summary", "response", "source_outlets", "source_urls", "outlets", "author",
      "warning", "updates");
  private final Path site = SampleSite.output();

  private long casePages() {
    return SampleSite.files(site, ".html").stream().filter(p -> p.startsWith("cases/")).count();
  }

  @Test
  void theCsvFollowsRfc4180AndTheDocumentedColumns() throws Exception {
    String csv = SampleSite.read(site, "data/cases.csv");
    assertTrue(csv.contains("\r\n"), "RFC 4180 lines end with CRLF");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      assertEquals(COLUMNS, parser.getHeaderNames());
      List<CSVRecord> records = parser.getRecords();
      assertEquals(casePages(), records.size());
      for (CSVRecord record : records) {
        String url = record.get("url");
        assertTrue(Files.isRegularFile(site.resolve(
            url.substring("https://example.org/bulletin/".length()) + "index.html")), url);
      }
      CSVRecord armenia = records.stream()
          .filter(r -> r.get("slug").equals("armenia-us-building-nato-base")).findFirst()
          .orElseThrow();
      assertEquals("309", armenia.get("issue"));
      assertEquals("2026-10-29", armenia.get("issue_date"));
      assertEquals("Armenian; Russian", armenia.get("languages"));
      assertEquals("Sputnik Armenia; Telegram channel \"Кавказский узел правды\"",
          armenia.get("source_outlets"));
      assertEquals("Zoë Marchetti", armenia.get("author"));
      assertTrue(armenia.get("claim").contains("\n"), "multi-line claims stay one field");
      assertTrue(armenia.get("updates").startsWith("2026-11-03 correction: The first version"),
          armenia.get("updates"));
      CSVRecord stamps = records.stream()
          .filter(r -> r.get("slug").equals("ukraine-postage-stamps-nazi-collaborators"))
          .findFirst().orElseThrow();
      assertTrue(stamps.get("updates").startsWith("2026-11-10 update: Ukrposhta"),
          stamps.get("updates"));
      assertEquals(2, records.stream().filter(r -> !r.get("updates").isEmpty()).count());
      // A case without `rating:` has the scale's first step; each row has its own verdict.
      assertEquals(List.of("Disinformation", "disinformation", "1"),
          List.of(armenia.get("verdict"), armenia.get("rating"), armenia.get("rating_value")));
      CSVRecord sanctions = records.stream()
          .filter(r -> r.get("slug").equals("sanctions-destroying-europe-not-russia"))
          .findFirst().orElseThrow();
      assertEquals(List.of("Misleading", "misleading", "2"),
          List.of(sanctions.get("verdict"), sanctions.get("rating"),
              sanctions.get("rating_value")));
      assertEquals("website-magyar-valosag; rt", sanctions.get("outlets"));
    }
  }

  @Test
  void theJsonHoldsTheSameCases() {
    JsonArray cases = JsonParser.parseString(SampleSite.read(site, "data/cases.json"))
        .getAsJsonArray();
    assertEquals(casePages(), cases.size());
    JsonObject first = cases.get(0).getAsJsonObject();
    for (String key : List.of("slug", "url", "title", "verdict", "rating", "rating_value",
        "issue", "issue_date", "date", "languages", "countries", "keywords", "claim", "sources",
        "outlets", "author", "warning", "updates")) {
      assertTrue(first.has(key), key);
    }
    assertEquals("nato", cases.asList().stream().map(JsonObject.class::cast)
        .filter(c -> c.get("slug").getAsString().equals("armenia-us-building-nato-base"))
        .findFirst().orElseThrow().getAsJsonArray("keywords").get(0).getAsJsonObject()
        .get("slug").getAsString());
    JsonObject correction = cases.asList().stream().map(JsonObject.class::cast)
        .filter(c -> c.get("slug").getAsString().equals("armenia-us-building-nato-base"))
        .findFirst().orElseThrow().getAsJsonArray("updates").get(0).getAsJsonObject();
    assertEquals("2026-11-03", correction.get("date").getAsString());
    assertTrue(correction.get("correction").getAsBoolean());
    assertTrue(correction.get("note").getAsString().contains("frozen its participation"));
  }
}
