package dev.gridsight.catalog;

/**
 * A named expression over a dataset's columns, usable as a measure, e.g.
 * {@code load_kwh * price_usd_per_kwh}.
 */
public record CalculatedField(String name, String expression) {
}
