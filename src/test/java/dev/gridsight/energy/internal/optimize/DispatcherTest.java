package dev.gridsight.energy.internal.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.gridsight.energy.internal.optimize.DispatchPlan.Status;

class DispatcherTest {

	private final Dispatcher dispatcher = new Dispatcher();

	@Test
	void takesTheCheapestSteamFirstAndPricesTheMarginalOne() {
		// 100 t/h: 30 from heat recovery at 2 EUR/t, the other 70 from the boiler at 31
		// EUR/t
		DispatchProblem p = Problems.hours(2)
			.electricity(10, 10)
			.steam(100, 100)
			.recovery("Heat recovery", 30, 2)
			.boiler("Boiler", 200, 31)
			.build();

		DispatchPlan plan = dispatcher.solve(p);

		assertThat(plan.status()).isEqualTo(Status.OPTIMAL);
		assertThat(plan.cost()).isCloseTo(2 * (10 * 100 + 30 * 2 + 70 * 31), within(1e-6));
		assertThat(plan.series("Heat recovery.steam")).containsExactly(new double[] { 30, 30 }, within(1e-6));
		assertThat(plan.series("Boiler.steam")).containsExactly(new double[] { 70, 70 }, within(1e-6));
		assertThat(plan.steamPrice()).containsExactly(new double[] { 31, 31 }, within(1e-6));
		assertThat(plan.electricityPrice()).containsExactly(new double[] { 100, 100 }, within(1e-6));
		assertThat(plan.binding().get(0)).contains("Heat recovery fully used").doesNotContain("Boiler at capacity");
	}

	@Test
	void shiftsImportThroughTheBatteryOnAnArbitrageDay() {
		double e = Math.sqrt(0.9);
		DispatchProblem p = Problems.arbitrageDay().build();

		DispatchPlan plan = dispatcher.solve(p);

		// the battery fills with 2/e kWh of cheap energy and gives 2e kWh back at the
		// peak
		double cost = 0.1 * (2 + 2 / e) + 0.4 * (4 - 2 * e);
		assertThat(plan.status()).isEqualTo(Status.OPTIMAL);
		assertThat(plan.cost()).isCloseTo(cost, within(1e-6));
		assertThat(plan.series("Battery.soc")[1]).isCloseTo(2, within(1e-6));
		assertThat(plan.electricityPrice()[0]).isCloseTo(0.1, within(1e-6));
		assertThat(plan.electricityPrice()[3]).isCloseTo(0.4, within(1e-6));
		assertThat(plan.binding().get(1)).contains("Battery full");
		assertThat(plan.binding().get(3)).contains("Battery empty");
	}

	@Test
	void letsTheOtherMachinesAndTheBoilerPickUpWhenOneIsInMaintenance() {
		double[] down = { 0 };
		String[] maintenance = { "maintenance" };
		DispatchProblem p = Problems.hours(1)
			.electricity(50)
			.steam(150)
			.chp("GTA 1", 0.2, 100, 50, 10, null, null)
			.chp("GTA 2", 0.2, 100, 50, 10, down, maintenance)
			.chp("GTA 3", 0.2, 100, 50, 10, null, null)
			.boiler("Boiler", 220, 31)
			.build();

		DispatchPlan plan = dispatcher.solve(p);

		// turbine power costs 10 EUR/t ÷ 0.2 MW per t/h = 50 EUR/MWh, below the grid's
		// 100:
		// GTA 1 and 3 run flat out (40 MW), the grid gives 10 MW, the boiler the 50 t/h
		// left
		assertThat(plan.status()).isEqualTo(Status.OPTIMAL);
		assertThat(plan.cost()).isCloseTo(2 * 100 * 10 + 10 * 100 + 50 * 31, within(1e-6));
		assertThat(plan.series("GTA 2.power")[0]).isZero();
		assertThat(plan.series("Boiler.steam")[0]).isCloseTo(50, within(1e-6));
		assertThat(plan.steamPrice()[0]).isCloseTo(31, within(1e-6));
		assertThat(plan.electricityPrice()[0]).isCloseTo(100, within(1e-6));
		assertThat(plan.binding().get(0)).contains("GTA 1 at maximum admission", "GTA 2 unavailable (maintenance)");
		assertThat(plan.instructions().get(0))
			.anySatisfy(i -> assertThat(i.text()).isEqualTo("GTA 2: off (maintenance)"));
	}

	@Test
	void namesTheStepTheAssetsAndTheNumbersWhenSteamDemandCannotBeMet() {
		double[] down = { 0 };
		DispatchProblem p = Problems.hours(1)
			.electricity(30)
			.steam(480)
			.chp("GTA 1", 0.2, 180, 160, 10, null, null)
			.chp("GTA 2", 0.2, 180, 160, 10, down, new String[] { "maintenance" })
			.chp("GTA 3", 0.2, 160, 140, 10, null, null)
			.boiler("the boiler", 155, 31)
			.build();

		DispatchPlan plan = dispatcher.solve(p);

		assertThat(plan.status()).isEqualTo(Status.INFEASIBLE);
		assertThat(plan.infeasibility()).isEqualTo("steam demand 480 t/h at 2025-03-12 09:00 exceeds what GTA 1, "
				+ "GTA 3 and the boiler can make while GTA 2 is in maintenance: 455 t/h");
	}

	@Test
	void explainsAConflictOnlyTheSolverSees() {
		// each step alone is fine, but the machine that must extract the steam also makes
		// power the site cannot use or export
		DispatchProblem p = Problems.hours(1)
			.electricity(2)
			.steam(100)
			.chp(new Chp("GTA 1", 0.2, 0, 0, 100, 180, 0, 160, 0, 10, null, null))
			.build();

		DispatchPlan plan = dispatcher.solve(p);

		assertThat(plan.status()).isEqualTo(Status.INFEASIBLE);
		assertThat(plan.infeasibility()).startsWith("at 2025-03-12 09:00").contains("18 MW");
	}

	@Test
	void keepsAMachineOffRatherThanBelowItsMinimumPower() {
		Chp gta = new Chp("GTA 1", 0.2, 0, 0, 30, 100, 0, 0, 5, 1, null, null);
		DispatchProblem small = Problems.hours(2).electricity(3, 8).chp(gta).integer().build();

		DispatchPlan plan = dispatcher.solve(small);

		// 3 MW is below the 5 MW minimum and the site cannot export: the grid serves it;
		// 8 MW the machine makes from 40 t/h at 1 EUR/t
		assertThat(plan.status()).isEqualTo(Status.OPTIMAL);
		assertThat(plan.series("GTA 1.power")).containsExactly(new double[] { 0, 8 }, within(1e-6));
		assertThat(plan.cost()).isCloseTo(3 * 100 + 40, within(1e-6));
		assertThat(plan.instructions().get(0).get(0).action()).isEqualTo("off");
		assertThat(plan.instructions().get(1).get(0).action()).isEqualTo("run");
	}

	@Test
	void neverChargesAndDischargesTogetherInTheMilp() {
		// a negative price pays for wasting energy: with the battery full, the LP burns
		// it by
		// charging 5 kW while discharging 4.5 kW (round trip 0.9)
		double e = Math.sqrt(0.9);
		Problems problems = Problems.hours(1)
			.home()
			.electricity(1)
			.prices(-0.5)
			.battery(new Battery("Battery", 6.4, 5, e, e, 0, 6.4, 6.4, null, 0));
		DispatchPlan lp = dispatcher.solve(problems.build());
		DispatchPlan milp = dispatcher.solve(problems.integer().build());

		assertThat(lp.series("Battery.charge")[0] * lp.series("Battery.discharge")[0]).isPositive();
		assertThat(milp.series("Battery.charge")[0] * milp.series("Battery.discharge")[0]).isZero();
		assertThat(milp.series("Grid.import")[0]).isCloseTo(1, within(1e-6));
		assertThat(milp.cost()).isGreaterThanOrEqualTo(lp.cost() - 1e-9);
	}

	@Test
	void rejectsSeriesOfTheWrongLength() {
		assertThatThrownBy(() -> Problems.hours(3).electricity(1, 2).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("electricity demand has 2 values but the horizon has 3 steps");
	}

	@Test
	void rejectsNotANumber() {
		assertThatThrownBy(() -> Problems.hours(2).electricity(1, Double.NaN).build())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("electricity demand is not a number (NaN) at step 1");
	}

}
