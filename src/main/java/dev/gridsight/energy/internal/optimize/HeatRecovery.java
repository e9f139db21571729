package dev.gridsight.energy.internal.optimize;

/** Heat recovery: the steam it can give each step (t/h) at a cost per tonne. */
public record HeatRecovery(String name, double[] available, double steamCost) {

	public HeatRecovery {
		Checks.name("a heat recovery", name);
		Checks.finite(name + "'s steam cost", steamCost);
	}

}
