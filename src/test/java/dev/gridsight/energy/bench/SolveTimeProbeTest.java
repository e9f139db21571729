package dev.gridsight.energy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.gridsight.energy.internal.optimize.DispatchProblem;

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

	@Test
	void plansALongPlantMilpStepByStepWithBalancedSteps() {
		DispatchProblem p = SolveTimeProbe.plantWeek(120);

		DispatchPlan plan = new Dispatcher().solve(p);

		assertThat(plan.status()).isEqualTo(DispatchPlan.Status.FEASIBLE);
		for (int t = 0; t < p.steps(); t++) {
			double supply = plan.series("GTA 1.power")[t] + plan.series("GTA 2.power")[t]
					+ plan.series("GTA 3.power")[t] + plan.series("Grid.import")[t]
					+ plan.series("Battery.discharge")[t] - plan.series("Battery.charge")[t]
					- plan.series("Grid.export")[t];
			double steam = plan.series("GTA 1.extraction")[t] + plan.series("GTA 2.extraction")[t]
					+ plan.series("GTA 3.extraction")[t] + plan.series("Boiler.steam")[t]
					+ plan.series("Heat recovery.steam")[t];
			assertThat(supply).as("electricity at step %d", t).isCloseTo(p.electricityDemand()[t], within(1e-6));
			assertThat(steam).as("steam at step %d", t).isGreaterThanOrEqualTo(p.steamDemand()[t] - 1e-6);
			for (String gta : new String[] { "GTA 1", "GTA 2", "GTA 3" }) {
				double power = plan.series(gta + ".power")[t];
				assertThat(power == 0 || power >= 5 - 1e-6).as("%s minimum power at step %d", gta, t).isTrue();
			}
		}
		assertThat(plan.electricityPrice()).doesNotContain(Double.NaN);
	}

}
