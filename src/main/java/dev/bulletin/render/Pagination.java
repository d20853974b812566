package dev.bulletin.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one page of a paginated list sits: page 1 lives at the list's own folder, page n at
 * {@code page/n/} under it.
 */
public record Pagination(String root, int current, int total) {
  public static final int PAGE_SIZE = 50;

  public static int pageCount(int items) {
    return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public String path() {
    return pathOf(current);
  }

  public String pathOf(int number) {
    return number == 1 ? root : root + "page/" + number + "/";
  }

  public boolean hasPrevious() {
    return current > 1;
  }

  public boolean hasNext() {
    return current < total;
  }

  public String previousPath() {
    return pathOf(current - 1);
  }

  public String nextPath() {
    return pathOf(current + 1);
  }

  /**
   * The page numbers a pager links: the first and the last, and two on either side of the
   * current one; a 0 stands for the pages left out between them. A reader 126 pages deep can
   * jump to either end instead of clicking through.
   */
  public List<Integer> shown() {
    List<Integer> shown = new ArrayList<>();
    for (int number = 1; number <= total; number++) {
      boolean near = Math.abs(number - current) <= 2;
      if (number == 1 || number == total || near) {
        if (!shown.isEmpty() && shown.get(shown.size() - 1) != number - 1) {
          // A gap of one page is shown as that page rather than as a gap.
          if (shown.get(shown.size() - 1) == number - 2) {
            shown.add(number - 1);
          } else {
            shown.add(0);
          }
        }
        shown.add(number);
      }
    }
    return shown;
  }

  public int from() {
    return (current - 1) * PAGE_SIZE;
  }
}
