package dev.bulletin.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The sample's search index carries the rating scale as a facet list under {@code terms}, with
 * each case's own step (so a result can put that step's name before its headline), and the
 * outlets in a file of their own; the page has a control for each.
 */
class SearchFacetIndexTest {
  private final Path site = SampleSite.output();

  private JsonObject json(String path) {
    return JsonParser.parseString(SampleSite.read(site, path)).getAsJsonObject();
  }

  private List<JsonObject> cases() {
    List<JsonObject> cases = new ArrayList<>();
    JsonParser.parseString(SampleSite.read(site, "data/cases.json")).getAsJsonArray()
        .forEach(c -> cases.add(c.getAsJsonObject()));
    return cases;
  }

  @Test
  void eachCaseKeepsItsOwnRatingInTheManifest() {
    JsonObject manifest = json("search/manifest.json");
    JsonArray scale = manifest.getAsJsonArray("ratings");
    assertEquals(List.of("disinformation", "misleading", "missing-context"),
        scale.asList().stream().map(r -> r.getAsJsonArray().get(0).getAsString()).toList());
    JsonArray perCase = manifest.getAsJsonObject("terms").getAsJsonArray("ratings");
    List<JsonObject> cases = cases();
    assertEquals(cases.size(), perCase.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonArray step = scale.get(perCase.get(i).getAsJsonArray().get(0).getAsInt())
          .getAsJsonArray();
      // Site order in the manifest is the open data's order: newest first.
      assertEquals(cases.get(i).get("rating").getAsString(), step.get(0).getAsString());
      assertEquals(cases.get(i).get("verdict").getAsString(), step.get(1).getAsString());
      seen.add(step.get(0).getAsString());
    }
    assertTrue(seen.size() > 1, "the sample rates cases on more than one step: " + seen);
  }

  @Test
  void theOutletsAreAFileOfTheirOwnWithEachCasesOutlets() {
    JsonObject outlets = json("search/outlets.json");
    assertFalse(json("search/manifest.json").has("outlets"), "kept out of the first transfer");
    JsonArray names = outlets.getAsJsonArray("outlets");
    JsonArray perCase = outlets.getAsJsonArray("cases");
    List<JsonObject> cases = cases();
    assertEquals(cases.size(), perCase.size());
    for (int i = 0; i < cases.size(); i++) {
      Set<String> expected = new HashSet<>();
      cases.get(i).getAsJsonArray("outlets").forEach(o -> expected.add(o.getAsString()));
      Set<String> indexed = new HashSet<>();
      for (JsonElement id : perCase.get(i).getAsJsonArray()) {
        indexed.add(names.get(id.getAsInt()).getAsJsonArray().get(0).getAsString());
      }
      assertEquals(expected, indexed, cases.get(i).get("slug").getAsString());
    }
  }

  @Test
  void thePageHasAControlForTheRatingAndTheOutletFacets() {
    Document page = Jsoup.parse(SampleSite.read(site, "search/index.html"));
    assertEquals("rating", page.selectFirst("select[data-facet=ratings]").attr("name"));
    assertEquals("outlet", page.selectFirst("select[data-facet=outlets]").attr("name"));
    assertEquals("Rating", page.selectFirst("label[for=search-rating]").text());
  }
}
