package dev.bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pager links both ends and the pages around the current one, whatever the depth. */
class PaginationTest {
  private static List<Integer> shown(int current, int total) {
    return new Pagination("keywords/nato/", current, total).shown();
  }

  @Test
  void farFromBothEndsThereAreGapsOnBothSides() {
    assertEquals(List.of(1, 0, 58, 59, 60, 61, 62, 0, 126), shown(60, 126));
  }

  @Test
  void nearAnEndTheGapClosesAndAOnePageGapIsThatPage() {
    assertEquals(List.of(1, 2, 3, 0, 126), shown(1, 126));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 0, 126), shown(4, 126));
    assertEquals(List.of(1, 2, 3, 4, 5), shown(3, 5));
    assertEquals(List.of(1, 2), shown(2, 2));
  }

  @Test
  void pageOneLivesAtTheListsFolder() {
    Pagination page = new Pagination("keywords/nato/", 3, 9);
    assertEquals("keywords/nato/", page.pathOf(1));
    assertEquals("keywords/nato/page/3/", page.path());
  }
}
