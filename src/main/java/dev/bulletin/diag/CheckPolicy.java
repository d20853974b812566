package dev.bulletin.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The level {@code checks:} in site.yml gives each rule; a rule it does not name stays a
 * warning. Diagnostics without a rule (errors) pass through untouched.
 */
public record CheckPolicy(Map<Rule, RuleLevel> levels) {
  /** Every rule at its default level, a warning. */
  public static final CheckPolicy DEFAULT = new CheckPolicy(Map.of());

  public CheckPolicy {
    levels = levels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(levels));
  }

  public RuleLevel level(Rule rule) {
    return levels.getOrDefault(rule, RuleLevel.WARNING);
  }

  /** {@code diagnostic} as its rule's level makes it: dropped, kept, or raised to an error. */
  public Optional<Diagnostic> apply(Diagnostic diagnostic) {
    if (diagnostic.rule().isEmpty() || diagnostic.isError()) {
      return Optional.of(diagnostic);
    }
    return switch (level(diagnostic.rule().get())) {
      case OFF -> Optional.empty();
      case WARNING -> Optional.of(diagnostic);
      case ERROR -> Optional.of(diagnostic.withSeverity(Severity.ERROR));
    };
  }
}
