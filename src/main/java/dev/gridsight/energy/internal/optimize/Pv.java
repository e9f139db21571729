package dev.gridsight.energy.internal.optimize;

/** Solar panels: production per step in P (the plan may curtail it). */
public record Pv(String name, double[] production) {

	public Pv {
		Checks.name("a pv", name);
	}

}
