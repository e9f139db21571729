package dev.gridsight.energy.internal.optimize;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.gridsight.energy.bench.SolveTimeProbe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A solver that runs out of time says so: two days of 15-minute steps solved as one LP
 * (seconds of work) with a millisecond to do it never comes back as optimal, and a plan
 * with no solution names the limit.
 */
class TimeLimitTest {

	@Test
	void aSolveCutShortByItsTimeLimitIsNeverReportedOptimal() {
		DispatchProblem week = SolveTimeProbe.plantWeek(192);
		DispatchProblem rushed = new DispatchProblem(week.times(), week.stepHours(), week.electricityDemand(),
				week.steamDemand(), week.grid(), week.chps(), week.boilers(), week.heatRecoveries(), week.pvs(),
				week.batteries(), week.flexibleLoads(), week.carbonPrice(), week.carbonIntensity(), false,
				Duration.ofMillis(1), week.powerUnit(), week.currency());
		DispatchPlan plan = new Dispatcher().solve(rushed);
		assertThat(plan.status()).isIn(DispatchPlan.Status.TIME_LIMIT_NO_SOLUTION,
				DispatchPlan.Status.FEASIBLE_TIME_LIMIT);
		if (plan.status() == DispatchPlan.Status.TIME_LIMIT_NO_SOLUTION) {
			assertThat(plan.infeasibility()).contains("time limit");
		}
	}

}
