package dev.gridsight.energy.internal.optimize;

import java.util.List;

/**
 * A dispatch plan: status, cost over the horizon (currency), solve time, the plan's
 * columns ({@code <asset>.<quantity>}, site units) and values [step][column], the
 * marginal cost of electricity (currency per P·h) and of steam (currency per t;
 * {@code null} without steam) per step, the binding constraints per step in words, the
 * instructions per step and, when infeasible, the reason in words. {@code gap} is the
 * relative distance of {@code cost} from the best cost possible (the LP relaxation's
 * bound) when the plan comes from the MILP heuristic; 0 for an LP or a proven optimum.
 */
public record DispatchPlan(Status status, double cost, long solveMs, List<String> columns, double[][] values,
		double[] electricityPrice, double[] steamPrice, List<List<String>> binding,
		List<List<Instruction>> instructions, String infeasibility, double gap) {

	/** A plan's outcome. */
	public enum Status {

		/** Solved to optimality (MILP: within ojAlgo's default gap). */
		OPTIMAL,
		/**
		 * A feasible plan from the MILP heuristic (LP relaxation, rounding, repair LP);
		 * its distance from the optimum is at most {@code gap}.
		 */
		FEASIBLE,
		/** The time limit stopped the solver; the best plan found is returned. */
		FEASIBLE_TIME_LIMIT,
		/**
		 * No plan satisfies the constraints; {@code infeasibility} says which conflict.
		 */
		INFEASIBLE,
		/** The time limit stopped the solver before it found any plan. */
		TIME_LIMIT_NO_SOLUTION

	}

	/** The plan with the plan's original fields only (gap 0). */
	public DispatchPlan(Status status, double cost, long solveMs, List<String> columns, double[][] values,
			double[] electricityPrice, double[] steamPrice, List<List<String>> binding,
			List<List<Instruction>> instructions, String infeasibility) {
		this(status, cost, solveMs, columns, values, electricityPrice, steamPrice, binding, instructions, infeasibility,
				0);
	}

	/** The index of a column, -1 when absent. */
	public int column(String name) {
		return columns == null ? -1 : columns.indexOf(name);
	}

	/** A column's values over the steps, zeros when the column is absent. */
	public double[] series(String name) {
		int steps = values == null ? 0 : values.length;
		double[] out = new double[steps];
		int c = column(name);
		if (c >= 0) {
			for (int t = 0; t < steps; t++) {
				out[t] = values[t][c];
			}
		}
		return out;
	}

	boolean solved() {
		return status == Status.OPTIMAL || status == Status.FEASIBLE || status == Status.FEASIBLE_TIME_LIMIT;
	}

}
