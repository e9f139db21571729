package dev.gridsight.energy.internal.optimize;

/**
 * An auxiliary boiler: capacity in t/h, cost per tonne made, availability per step (1 on,
 * 0 off, between them derated; {@code null} always available).
 */
public record Boiler(String name, double capacity, double steamCost, double[] availability) {

	public Boiler {
		Checks.name("a boiler", name);
		Checks.nonNegative(name + "'s capacity", capacity);
		Checks.finite(name + "'s steam cost", steamCost);
	}

	double capacityAt(int t) {
		return capacity * (availability == null ? 1 : Math.max(0, Math.min(1, availability[t])));
	}

}
