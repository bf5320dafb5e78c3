package org.povertyexit.monitor.evaluation;

/**
 * Asks the evidence rules for one entity (a {@code Household}, {@code Village} or {@code County}): they
 * match it through {@code from $entity}, so entities that nobody asks about never enter those rules.
 */
public record Explain(Object entity) {
}
