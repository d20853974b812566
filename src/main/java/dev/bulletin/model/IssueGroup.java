package dev.bulletin.model;

import java.util.List;
import java.util.Objects;

/** An issue with the cases reported in it, in reading order. */
public record IssueGroup(Issue issue, List<Case> cases) {
  public IssueGroup {
    Objects.requireNonNull(issue, "issue");
    cases = List.copyOf(cases);
  }
}
