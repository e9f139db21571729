package dev.gridsight.energy.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.gridsight.energy.internal.optimize.Battery;
import dev.gridsight.energy.internal.optimize.Boiler;
import dev.gridsight.energy.internal.optimize.Chp;
import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.Dispatcher;
import dev.gridsight.energy.internal.optimize.Grid;
import dev.gridsight.energy.internal.optimize.HeatRecovery;
import dev.gridsight.energy.internal.optimize.Pv;

/**
 * Measures the optimizer's solve times against the targets: a 24-hour hourly home
 * battery LP (median under 50 ms) and a 7-day 15-minute MILP of the sample plant — three
 * GTAs with the generator's true coefficients, the boiler, heat recovery and a battery —
 * (median under 2 s). {@link #homeDay()} and {@link #plantWeek()} build the problems;
 * {@link #measure} times one after as many warm-up solves as timed ones; {@code main}
 * prints both. Run: {@code java -cp … dev.gridsight.energy.bench.SolveTimeProbe [runs]}.
 */
public final class SolveTimeProbe {

	private SolveTimeProbe() {
	}

	/** One measurement: the median solve time over the runs, and the last plan. */
	public record Measurement(String name, double medianMs, double targetMs, DispatchPlan plan) {

		public boolean met() {
			return medianMs < targetMs;
		}

		public String line() {
			String gap = Double.isNaN(plan.gap()) ? "unknown" : String.format(Locale.ROOT, "%.3f%%", 100 * plan.gap());
			return String.format(Locale.ROOT, "solve %s: median %.1f ms (target < %.0f ms) %s, status %s, gap %s", name,
					medianMs, targetMs, met() ? "met" : "MISSED", plan.status(), gap);
		}

	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		System.out.println(measure("24 h hourly home battery LP", SolveTimeProbe::homeDay, runs, 50).line());
		System.out
			.println(measure("7-day 15-min plant MILP", SolveTimeProbe::plantWeek, Math.max(3, runs / 3), 2000).line());
	}

	/**
	 * The median wall time of {@code Dispatcher.solve} over the runs, after two warm-up
	 * solves.
	 */
	public static Measurement measure(String name, Supplier<DispatchProblem> problem, int runs, double targetMs) {
		Dispatcher dispatcher = new Dispatcher();
		DispatchProblem p = problem.get();
		DispatchPlan plan = null;
		// the JIT compiles ojAlgo's simplex over the first solves; a service solves many
		for (int i = 0; i < Math.max(2, runs); i++) {
			plan = dispatcher.solve(p);
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			plan = dispatcher.solve(p);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		double median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
		return new Measurement(name, median, targetMs, plan);
	}

	/**
	 * A home's day, hourly: the first day of Building 1 in home_energy.csv (load and PV
	 * in kW), its time-of-use price (0.22 USD/kWh, 0.54 from 15:00 to 20:00), a 6.4 kWh /
	 * 5 kW battery with √0.9 charge and discharge efficiency, empty at the start.
	 */
	public static DispatchProblem homeDay() {
		double[] load = { 0.85, 0.83, 0.84, 1.48, 1.26, 1.87, 0.81, 0.62, 0.63, 0.62, 0.65, 0.76, 1.43, 1.90, 1.73,
				1.39, 1.03, 1.38, 1.03, 3.60, 5.01, 3.90, 3.56, 1.41 };
		double[] pv = { 0, 0, 0, 0, 0, 0.06, 0.45, 1.11, 1.81, 2.43, 2.85, 3.04, 3.01, 2.76, 2.33, 1.69, 0.97, 0.33,
				0.02, 0, 0, 0, 0, 0 };
		double[] price = new double[24];
		for (int t = 0; t < 24; t++) {
			price[t] = t >= 15 && t < 20 ? 0.54 : 0.22;
		}
		double e = Math.sqrt(0.9);
		return new DispatchProblem(times(LocalDateTime.of(2022, 8, 1, 0, 0), 24, 60), 1, load, null,
				new Grid("Grid", price, null, null, 0), List.of(), List.of(), List.of(), List.of(new Pv("PV", pv)),
				List.of(new Battery("Battery", 6.4, 5, e, e, 0, 6.4, 0, null, 0)), List.of(), 0, null, false,
				Duration.ofSeconds(10), "kW", "USD");
	}

	/**
	 * The sample plant over a week in 15-minute steps as a MILP: GTA 1–3 with the
	 * generator's coefficients (PlantHourly), admission 40–180 t/h (GTA 3 160), minimum
	 * power 5/5/5.5 MW, steam at 9.5 EUR/t admitted; the 220 t/h boiler at 31 EUR/t; heat
	 * recovery 15–55 t/h at 1 EUR/t; a 10 MWh / 5 MW battery; electricity demand about 34
	 * MW and steam demand 250–380 t/h following the production shifts; a peak / standard
	 * / off-peak tariff; import cap 90 MW.
	 */
	public static DispatchProblem plantWeek() {
		return plantWeek(7 * 96);
	}

	/** The first {@code steps} quarter-hours of {@link #plantWeek()}. */
	public static DispatchProblem plantWeek(int steps) {
		LocalDateTime start = LocalDateTime.of(2025, 3, 10, 0, 0);
		double[] electricity = new double[steps];
		double[] steam = new double[steps];
		double[] recovery = new double[steps];
		double[] price = new double[steps];
		for (int t = 0; t < steps; t++) {
			LocalDateTime ts = start.plusMinutes(15L * t);
			int hour = ts.getHour();
			boolean weekday = ts.getDayOfWeek().getValue() <= 5;
			double production = weekday && hour >= 6 && hour < 22 ? 1 : weekday ? 0.4 : 0.2;
			electricity[t] = 34 + 6 * production + 1.5 * Math.sin(2 * Math.PI * t / 96.0);
			steam[t] = 250 + 130 * production;
			recovery[t] = Math.min(55, Math.max(15, 22 + 28 * production));
			price[t] = hour >= 17 && hour < 21 ? 160 : hour >= 7 && hour < 23 ? 110 : 70;
		}
		List<Chp> chps = List.of(new Chp("GTA 1", 0.172, -0.048, -1.60, 40, 180, 0, 168, 5.0, 9.5, null, null),
				new Chp("GTA 2", 0.165, -0.055, -1.40, 40, 180, 0, 168, 5.0, 9.5, null, null),
				new Chp("GTA 3", 0.180, -0.045, -2.00, 40, 160, 0, 150, 5.5, 9.5, null, null));
		double[] cap = new double[steps];
		Arrays.fill(cap, 90);
		return new DispatchProblem(times(start, steps, 15), 0.25, electricity, steam,
				new Grid("Grid", price, null, cap, 0), chps, List.of(new Boiler("Boiler", 220, 31, null)),
				List.of(new HeatRecovery("Heat recovery", recovery, 1)), List.of(),
				List.of(new Battery("Battery", 10, 5, Math.sqrt(0.9), Math.sqrt(0.9), 0, 10, 5, null, 0)), List.of(), 0,
				null, true, Duration.ofSeconds(30), "MW", "EUR");
	}

	private static List<LocalDateTime> times(LocalDateTime start, int steps, int minutes) {
		List<LocalDateTime> out = new ArrayList<>();
		for (int t = 0; t < steps; t++) {
			out.add(start.plusMinutes((long) minutes * t));
		}
		return out;
	}

}
