package dev.bulletin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outlets come from cases' sources: one per slug, named by the commonest spelling. */
class OutletTest {
  private static final Map<String, List<Source>> SOURCES = Map.of(
      "a", List.of(new Source("RIA Novosti", "", ""), new Source("ria novosti", "", "")),
      "b", List.of(new Source("RIA  Novosti ", "", ""), new Source("Baltnews", "", "")),
      "c", List.of(new Source("ria novosti", "", ""), new Source("RT", "", "")),
      "d", List.of(new Source("???", "", "")));

  @Test
  void spellingsThatSlugAlikeAreOneOutletAndACaseCountsOnce() {
    List<Outlet<String>> outlets = Outlet.of(List.of("a", "b", "c", "d"), SOURCES::get);
    assertEquals(List.of("Baltnews", "ria novosti", "RT"),
        outlets.stream().map(Outlet::name).toList());
    Outlet<String> ria = outlets.get(1);
    assertEquals("ria-novosti", ria.slug());
    assertEquals(List.of("a", "b", "c"), ria.items());
    assertEquals("outlets/ria-novosti/", ria.path());
    assertTrue(ria.hasPage(2));
    assertFalse(outlets.get(0).hasPage(2), "one case is not enough for a page");
  }
}
