package dev.gridsight.energy.internal.site;

/** A constant with its unit: {@code {"value": 220, "unit": "t/h"}}. */
public record Quantity(double value, String unit) {
}
