package dev.bulletin.render;

import dev.bulletin.output.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The search page and the prebuilt index it loads, both made once per build. */
final class SearchPages {
  static final String PATH = "search/";
  static final String INDEX = PATH + "index.json";

  /** The key under which a text's search words are remembered. */
  private record Words(String text) {}

  private SearchPages() {}

  static List<Supplier<Page>> jobs(PageContext context) {
    return List.of(
        () -> new Page(INDEX, context.fragments().single(SearchIndexWriter.inputs(context.site()),
            () -> SearchIndexWriter.write(context.site(), text -> context.fragments()
                .single(new Words(text), () -> SearchTokens.of(text)))
                .getBytes(StandardCharsets.UTF_8))),
        () -> context.render("search.ftlh", PATH, context.message("search.title"),
            context.message("search.description"), Map.of("index", INDEX)));
  }
}
