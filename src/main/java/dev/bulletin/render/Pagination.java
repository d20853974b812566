package dev.bulletin.render;

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

  public int from() {
    return (current - 1) * PAGE_SIZE;
  }
}
