package dev.bulletin.render;

import dev.bulletin.model.Source;
import dev.bulletin.output.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/** The search page and the chunked index it loads, both made once per build. */
final class SearchPages {
  static final String PATH = "search/";
  static final String MANIFEST = PATH + "manifest.json";

  /** The key under which a case's search words are remembered: what its search text holds. */
  private record Words(String title, String claim, String summary, String response,
      List<Source> sources) {}

  private SearchPages() {}

  /** Every file of the chunked index: the manifest, the word shards and the case chunks. */
  static Supplier<List<Page>> index(PageContext context) {
    return () -> {
      SortedMap<String, String> files = context.fragments().single(
          SearchIndexWriter.inputs(context.site()),
          () -> SearchIndexWriter.write(context.site(), c -> context.fragments()
              .single(new Words(c.title(), c.claimText(), c.summary(), c.responseText(),
                  c.sources()), () -> SearchIndexWriter.searchWords(c))));
      List<Page> pages = new ArrayList<>(files.size());
      files.forEach((name, json) -> pages.add(
          new Page(PATH + name, json.getBytes(StandardCharsets.UTF_8))));
      return pages;
    };
  }

  /** The search page. */
  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(() -> context.render("search.ftlh", PATH, context.message("search.title"),
        context.message("search.description"), Map.of("index", MANIFEST)));
  }
}
