package dev.gridsight.energy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.Dispatcher;

class SolveTimeProbeTest {

	@Test
	void plansTheProbeProblems() {
		DispatchPlan home = new Dispatcher().solve(SolveTimeProbe.homeDay());
		DispatchPlan plant = new Dispatcher().solve(SolveTimeProbe.plantWeek(16));

		assertThat(home.status()).isEqualTo(DispatchPlan.Status.OPTIMAL);
		assertThat(plant.status()).isIn(DispatchPlan.Status.OPTIMAL, DispatchPlan.Status.FEASIBLE);
		assertThat(plant.gap()).isLessThan(0.05);
		System.out.println("probe home " + home.cost() + " " + home.solveMs() + " ms; plant " + plant.cost() + " gap "
				+ plant.gap() + " " + plant.solveMs() + " ms");
	}

}
