package dev.gridsight.energy.internal.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstructionsTest {

	private static final double E = Math.sqrt(0.9);

	@Test
	void chargesFromTheGridWhenCheapAndCoversTheLoadAtThePeak() {
		DispatchProblem p = Problems.arbitrageDay().build();

		DispatchPlan plan = new Dispatcher().solve(p);

		// the cheap energy may be bought in either cheap hour: the plan is degenerate
		// there
		List<String> actions = actions(plan);
		assertThat(actions.subList(0, 2)).contains(Instruction.CHARGE_FROM_GRID).doesNotContain(Instruction.COVER_LOAD);
		assertThat(actions.subList(2, 4)).containsOnly(Instruction.COVER_LOAD);
		Instruction peak = battery(plan, 2);
		assertThat(peak.setpoint()).isEqualTo(5.0);
		assertThat(peak.text()).startsWith("Battery: cover the load up to 5.0 kW");
	}

	@Test
	void chargesFromSurplusPvAndHoldsOtherwise() {
		DispatchProblem p = Problems.hours(3)
			.home()
			.electricity(1, 1, 1)
			.prices(0.2, 0.2, 0.5)
			.pv(0, 3, 0)
			.battery(new Battery("Battery", 6.4, 5, E, E, 0, 6.4, 0, null, 0))
			.build();

		DispatchPlan plan = new Dispatcher().solve(p);

		assertThat(actions(plan)).containsExactly(Instruction.HOLD, Instruction.CHARGE_FROM_SURPLUS,
				Instruction.COVER_LOAD);
		assertThat(battery(plan, 0).setpoint()).isEqualTo(5.0);
	}

	private static List<String> actions(DispatchPlan plan) {
		return plan.instructions()
			.stream()
			.map(step -> step.stream().filter(i -> i.asset().equals("Battery")).findFirst().orElseThrow().action())
			.toList();
	}

	private static Instruction battery(DispatchPlan plan, int t) {
		return plan.instructions().get(t).stream().filter(i -> i.asset().equals("Battery")).findFirst().orElseThrow();
	}

}
