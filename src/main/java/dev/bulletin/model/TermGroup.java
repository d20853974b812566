package dev.bulletin.model;

import java.util.List;
import java.util.Objects;

/** A term with every published case tagged with it, newest first. */
public record TermGroup(Term term, List<Case> cases) {
  public TermGroup {
    Objects.requireNonNull(term, "term");
    cases = List.copyOf(cases);
  }
}
