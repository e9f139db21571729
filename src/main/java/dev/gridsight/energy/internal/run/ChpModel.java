package dev.gridsight.energy.internal.run;

/**
 * A chp's learned model: {@code power = a·admission + b·extraction + c}, in the site's
 * power unit per t/h.
 */
public record ChpModel(double a, double b, double c) {
}
