package io.accountable.attribution.engine;

/**
 * One report row.
 *
 * @param key         the group, {@code (none)} for touches without one
 * @param credit      sum of the credits of the group's touches
 * @param conversions sum of their weights: a fractional count of conversions
 */
public record Row(String key, double credit, double conversions) {
}
