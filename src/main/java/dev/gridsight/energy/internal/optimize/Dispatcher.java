package dev.gridsight.energy.internal.optimize;

import java.time.Duration;
import java.util.List;

import org.ojalgo.optimisation.Optimisation;

import dev.gridsight.energy.internal.optimize.DispatchModel.Commitment;
import dev.gridsight.energy.internal.optimize.DispatchPlan.Status;

/**
 * Plans the dispatch of a site at least cost with ojAlgo.
 * <p>
 * LP ({@code integer = false}): the machines' on/off is relaxed to a fraction in [0, 1]
 * (minimum admission and power scale with it), batteries may charge and discharge in one
 * step.
 * <p>
 * MILP ({@code integer = true}): with at most {@value #DIRECT_BINARIES} binaries ojAlgo's
 * branch and bound solves it; a larger problem (a week in 15 minutes has 672 × (machines
 * + batteries) binaries, far beyond what ojAlgo's branch and bound closes in seconds) is
 * solved by relax-and-fix: the LP relaxation gives a lower bound, every machine whose
 * relaxed on value is above {@value #ON_THRESHOLD} is switched on (the rest off), every
 * battery charges where its relaxed charge is at least its discharge, and the LP with
 * those fixed gives the plan; the plan's {@code gap} is its cost's distance from the
 * relaxation's bound and the status is {@link Status#FEASIBLE} (or {@link Status#OPTIMAL}
 * when the gap closes). If that rounding is infeasible, rounding at 0.5 is tried, then
 * branch and bound with the time left.
 * <p>
 * Speed (ojAlgo 56.1.1, ExpressionsBasedModel, presolve off): a 24-hour hourly home
 * battery LP takes about 2–10 ms once warm; the plant's LP costs about 2–4 ms a step up
 * to a day and grows faster than linearly beyond (96 quarter-hours: 1–3 s; a 7-day
 * 15-minute week does not finish within 30 s), so a week-long 15-minute plant MILP misses
 * the 2 s target. The way out is a decomposition by step (each step's machines and boiler
 * as a small LP, the battery scheduled against the steps' marginal prices), not built
 * yet.
 * <p>
 * Marginal prices are the multipliers of the two balances, from the LP (for a MILP, from
 * the LP with the binaries fixed at the plan's values). Thread-safe: it keeps no state.
 */
public final class Dispatcher {

	static final int DIRECT_BINARIES = 12;

	static final double ON_THRESHOLD = 1e-3;

	/** Beyond this many steps a MILP with at most one battery is planned step by step. */
	static final int STEPWISE_STEPS = 96;

	private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

	/** Solves the problem; never throws for an infeasible problem or a time limit. */
	public DispatchPlan solve(DispatchProblem p) {
		long start = System.nanoTime();
		String before = Feasibility.before(p);
		if (before != null) {
			return failed(Status.INFEASIBLE, before, start);
		}
		long limit = (p.timeLimit() == null ? DEFAULT_LIMIT : p.timeLimit()).toMillis();
		if (!p.integer()) {
			DispatchModel lp = new DispatchModel(p, Commitment.RELAXED, null, null);
			Optimisation.Result r = lp.solve(limit);
			if (!r.getState().isFeasible()) {
				return unsolved(p, r, start, limit);
			}
			Status status = r.getState().isOptimal() ? Status.OPTIMAL : Status.FEASIBLE_TIME_LIMIT;
			return plan(p, status, lp.flows(r), lp.prices(r), 0, start);
		}
		if (countBinaries(p) <= DIRECT_BINARIES) {
			return branchAndBound(p, start, limit);
		}
		if (StepwiseDispatch.applies(p) && p.steps() > STEPWISE_STEPS) {
			Object[] solved = StepwiseDispatch.solve(p);
			if (solved != null) {
				return plan(p, Status.FEASIBLE, (Flows) solved[0], (double[][]) solved[1], Double.NaN, start);
			}
		}
		return relaxAndFix(p, new DispatchModel(p, Commitment.RELAXED, null, null), start, limit);
	}

	private DispatchPlan branchAndBound(DispatchProblem p, long start, long limit) {
		DispatchModel milp = new DispatchModel(p, Commitment.INTEGER, null, null);
		Optimisation.Result r = milp.solve(limit);
		if (!r.getState().isFeasible()) {
			return unsolved(p, r, start, limit);
		}
		Status status = r.getState().isOptimal() ? Status.OPTIMAL : Status.FEASIBLE_TIME_LIMIT;
		Flows found = milp.flows(r);
		return fixedAndPriced(p, found, status, 0, start, limit);
	}

	private DispatchPlan relaxAndFix(DispatchProblem p, DispatchModel relaxed, long start, long limit) {
		Optimisation.Result r = relaxed.solve(limit);
		if (!r.getState().isFeasible()) {
			return unsolved(p, r, start, limit);
		}
		Flows relaxedFlows = relaxed.flows(r);
		double bound = relaxedFlows.cost(p);
		for (double threshold : new double[] { ON_THRESHOLD, 0.5 }) {
			double[][] on = round(relaxedFlows.on, threshold);
			double[][] charging = chargingChoice(relaxedFlows);
			DispatchModel fixed = new DispatchModel(p, Commitment.FIXED, on, charging);
			Optimisation.Result repaired = fixed.solve(remaining(start, limit));
			if (repaired.getState().isFeasible()) {
				Flows flows = fixed.flows(repaired);
				double cost = flows.cost(p);
				double gap = Math.max(0, (cost - bound) / Math.max(1e-9, Math.abs(cost)));
				Status status = gap < 1e-7 ? Status.OPTIMAL
						: repaired.getState().isOptimal() ? Status.FEASIBLE : Status.FEASIBLE_TIME_LIMIT;
				return plan(p, status, flows, fixed.prices(repaired), gap, start);
			}
		}
		return branchAndBound(p, start, remaining(start, limit));
	}

	/**
	 * Fixes a MILP's binaries at the found values and solves the LP, for its multipliers.
	 */
	private DispatchPlan fixedAndPriced(DispatchProblem p, Flows found, Status status, double gap, long start,
			long limit) {
		double[][] on = round(found.on, 0.5);
		double[][] charging = chargingChoice(found);
		DispatchModel fixed = new DispatchModel(p, Commitment.FIXED, on, charging);
		Optimisation.Result r = fixed.solve(remaining(start, limit));
		if (r.getState().isFeasible()) {
			return plan(p, status, fixed.flows(r), fixed.prices(r), gap, start);
		}
		double[] nan = new double[p.steps()];
		java.util.Arrays.fill(nan, Double.NaN);
		return plan(p, status, found, new double[][] { nan, p.steamDemand() == null ? null : nan.clone() }, gap, start);
	}

	private static int countBinaries(DispatchProblem p) {
		int perStep = p.batteries().size();
		int count = 0;
		for (Chp chp : p.chps()) {
			for (int t = 0; t < p.steps(); t++) {
				if (chp.availabilityAt(t) > 0) {
					count++;
				}
			}
		}
		return count + perStep * p.steps();
	}

	private static double[][] round(double[][] values, double threshold) {
		double[][] out = new double[values.length][];
		for (int k = 0; k < values.length; k++) {
			out[k] = new double[values[k].length];
			for (int t = 0; t < values[k].length; t++) {
				out[k][t] = values[k][t] > threshold ? 1 : 0;
			}
		}
		return out;
	}

	private static double[][] chargingChoice(Flows flows) {
		double[][] out = new double[flows.charge.length][];
		for (int b = 0; b < flows.charge.length; b++) {
			out[b] = new double[flows.steps];
			for (int t = 0; t < flows.steps; t++) {
				out[b][t] = flows.charge[b][t] > 0 && flows.charge[b][t] >= flows.discharge[b][t] ? 1 : 0;
			}
		}
		return out;
	}

	private static long remaining(long start, long limit) {
		return Math.max(1, limit - (System.nanoTime() - start) / 1_000_000);
	}

	private DispatchPlan unsolved(DispatchProblem p, Optimisation.Result r, long start, long limit) {
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		if (r.getState() != Optimisation.State.INFEASIBLE && elapsed >= limit) {
			return failed(Status.TIME_LIMIT_NO_SOLUTION,
					"the solver found no plan within the time limit of " + limit + " ms", start);
		}
		return failed(Status.INFEASIBLE, Feasibility.after(p), start);
	}

	private static DispatchPlan failed(Status status, String words, long start) {
		return new DispatchPlan(status, Double.NaN, (System.nanoTime() - start) / 1_000_000, List.of(), new double[0][],
				new double[0], null, List.of(), List.of(), words, 0);
	}

	private static DispatchPlan plan(DispatchProblem p, Status status, Flows flows, double[][] prices, double gap,
			long start) {
		return new DispatchPlan(status, flows.cost(p), (System.nanoTime() - start) / 1_000_000, Flows.columns(p),
				flows.table(p), prices[0], prices[1], Binding.words(p, flows), Instructions.write(p, flows), null, gap);
	}

}
