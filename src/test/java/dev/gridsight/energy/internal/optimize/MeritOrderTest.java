package dev.gridsight.energy.internal.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeritOrderTest {

	private static final double E = Math.sqrt(0.9);

	@Test
	void takesHeatRecoveryThenTheMachinesThenTheBoiler() {
		DispatchProblem p = Problems.hours(1)
			.electricity(50)
			.steam(150)
			.recovery("Heat recovery", 20, 1)
			.chp("GTA 1", 0.2, 100, 50, 10, null, null)
			.chp("GTA 3", 0.2, 100, 50, 10, null, null)
			.boiler("Boiler", 220, 31)
			.build();

		DispatchPlan baseline = MeritOrder.baseline(p);

		// 20 t/h recovered, 100 extracted, 30 from the boiler; the machines at full
		// admission
		// make 40 MW, the grid 10 MW
		assertThat(baseline.series("Boiler.steam")[0]).isCloseTo(30, within(1e-9));
		assertThat(baseline.series("Grid.import")[0]).isCloseTo(10, within(1e-9));
		assertThat(baseline.cost()).isCloseTo(20 * 1 + 200 * 10 + 30 * 31 + 10 * 100, within(1e-9));
	}

	@Test
	void usesTheBatteryForSelfConsumptionOnly() {
		DispatchProblem p = Problems.arbitrageDay().build();

		DispatchPlan baseline = MeritOrder.baseline(p);
		DispatchPlan plan = new Dispatcher().solve(p);
		Explanation explanation = Explainer.explain(p, plan, baseline);

		assertThat(baseline.cost()).isCloseTo(0.1 * 2 + 0.4 * 4, within(1e-9));
		assertThat(explanation.summary())
			.startsWith("The plan costs 1.25 USD, 0.55 USD (30.5%) less than the baseline's 1.80 USD.");
		assertThat(explanation.points()).anySatisfy(point -> assertThat(point)
			.startsWith("Grid import in the dearest hours (0.40 USD/kWh): 2.1 kWh instead of 4.0 kWh"));
		assertThat(explanation.points()).anySatisfy(point -> assertThat(point).startsWith("Battery gives 1.9 kWh"));
	}

}
