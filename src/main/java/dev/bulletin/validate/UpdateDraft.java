package dev.bulletin.validate;

import dev.bulletin.source.YamlScalar;
import java.time.LocalDate;

/**
 * One item of a case's {@code updates} as written: its date (with the node, so checks that need
 * the issue or the clock can point at it), its Markdown note and the line the note starts on,
 * and whether it corrects a fact.
 */
public record UpdateDraft(LocalDate date, YamlScalar dateNode, String note, int noteLine,
    boolean correction) {}
