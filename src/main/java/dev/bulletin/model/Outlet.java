package dev.bulletin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An outlet named in cases' {@code sources}, with the items (cases, or drafts before assembly)
 * that name it, in the order given. Spellings that make the same slug are one outlet, named by
 * its commonest spelling. Only an outlet with at least {@code outletPageMin} cases (site.yml)
 * gets a page: most outlets of a real database carry one claim, and a page each would bury the
 * others.
 */
public record Outlet<T>(String name, String slug, List<T> items) {
  public Outlet {
    items = List.copyOf(items);
  }

  /** The outlet's page, e.g. {@code outlets/ria-novosti/}. */
  public String path() {
    return "outlets/" + slug + "/";
  }

  /** Whether the outlet carried enough cases, {@code pageMin}, for a page of its own. */
  public boolean hasPage(int pageMin) {
    return items.size() >= pageMin;
  }

  /** The outlets of {@code items}, by name (then slug); an item is listed once per outlet. */
  public static <T> List<Outlet<T>> of(List<T> items, Function<T, List<Source>> sources) {
    Map<String, String> slugs = new HashMap<>();
    Map<String, Set<T>> bySlug = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (T item : items) {
      for (Source source : sources.apply(item)) {
        String spelling = source.outlet().strip();
        String slug = slugs.computeIfAbsent(spelling, Slugs::of);
        if (slug.isEmpty()) {
          continue;
        }
        bySlug.computeIfAbsent(slug, s -> new LinkedHashSet<>()).add(item);
        spellings.computeIfAbsent(slug, s -> new TreeMap<>()).merge(spelling, 1, Integer::sum);
      }
    }
    List<Outlet<T>> outlets = new ArrayList<>(bySlug.size());
    bySlug.forEach((slug, named) -> outlets.add(new Outlet<>(commonest(spellings.get(slug)),
        slug, new ArrayList<>(named))));
    outlets.sort(Comparator.comparing((Outlet<T> o) -> o.name().toLowerCase(Locale.ROOT))
        .thenComparing(Outlet::slug));
    return outlets;
  }

  /** The spelling used most often; of equals, the first in alphabetical order. */
  private static String commonest(Map<String, Integer> spellings) {
    String best = null;
    for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
      if (best == null || spelling.getValue() > spellings.get(best)) {
        best = spelling.getKey();
      }
    }
    return best;
  }
}
