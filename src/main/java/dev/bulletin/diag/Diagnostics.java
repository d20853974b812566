package dev.bulletin.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects diagnostics while content is loaded. Thread-safe, because files are parsed in
 * parallel; {@link #sorted()} gives a stable order whatever the parse order was. The same
 * message at the same place is kept once: a value repeated through YAML aliases would otherwise
 * repeat its problem thousands of times.
 */
public final class Diagnostics {
  private final Set<Diagnostic> items = new LinkedHashSet<>();
  private int hidden;

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void error(Path file, int line, int column, String message) {
    add(new Diagnostic(file, line, column, Severity.ERROR, message));
  }

  /** A warning of {@code rule}, which {@code checks:} in site.yml and the baseline may drop. */
  public void warning(Rule rule, Path file, int line, int column, String message) {
    add(new Diagnostic(file, line, column, Severity.WARNING, message, Optional.of(rule)));
  }

  /**
   * Replaces every diagnostic by what {@code policy} makes of it (dropped when empty), as
   * {@code checks:} in site.yml and the baseline do once the content is loaded.
   */
  public synchronized void rewrite(Function<Diagnostic, Optional<Diagnostic>> policy) {
    List<Diagnostic> before = new ArrayList<>(items);
    items.clear();
    before.forEach(d -> policy.apply(d).ifPresent(items::add));
  }

  /** Drops the warnings {@code known} lists, counting them in {@link #hidden}. */
  public synchronized void hide(Predicate<Diagnostic> known) {
    int before = items.size();
    items.removeIf(d -> !d.isError() && known.test(d));
    hidden += before - items.size();
  }

  /** How many known warnings {@link #hide} dropped. */
  public synchronized int hidden() {
    return hidden;
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** Whether the content fails: any error, or with {@code strict} any warning too. */
  public synchronized boolean fail(boolean strict) {
    return strict ? !items.isEmpty() : hasErrors();
  }

  /** Every diagnostic so far, sorted by file, line and column. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(null);
    return List.copyOf(copy);
  }
}
