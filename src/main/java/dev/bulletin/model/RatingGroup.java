package dev.bulletin.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A step of the rating scale with the cases rated so, in the order given. */
public record RatingGroup(Rating rating, List<Case> cases) {
  public RatingGroup {
    cases = List.copyOf(cases);
  }

  /** Every step of {@code scale}, in its order, even one no case has, with its cases. */
  public static List<RatingGroup> of(List<Rating> scale, List<Case> cases) {
    Map<String, List<Case>> bySlug = new HashMap<>();
    for (Case c : cases) {
      bySlug.computeIfAbsent(c.rating().slug(), k -> new ArrayList<>()).add(c);
    }
    return scale.stream()
        .map(r -> new RatingGroup(r, bySlug.getOrDefault(r.slug(), List.of()))).toList();
  }
}
