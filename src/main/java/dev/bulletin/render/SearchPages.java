package dev.bulletin.render;

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

  /** The key under which a text's search words are remembered. */
  private record Words(String text) {}

  private SearchPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    // How many shard files there are is known only once the words are counted, so the index
    // is made here, once, and each of its files becomes a job that only hands it out.
    SortedMap<String, String> files = context.fragments().single(
        SearchIndexWriter.inputs(context.site()),
        () -> SearchIndexWriter.write(context.site(), text -> context.fragments()
            .single(new Words(text), () -> SearchTokens.of(text))));
    List<Supplier<Page>> jobs = new ArrayList<>(files.size() + 1);
    files.forEach((name, json) -> jobs.add(
        () -> new Page(PATH + name, json.getBytes(StandardCharsets.UTF_8))));
    jobs.add(() -> context.render("search.ftlh", PATH, context.message("search.title"),
        context.message("search.description"), Map.of("index", MANIFEST)));
    return jobs;
  }
}
