package dev.gridsight.energy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.gridsight.energy.internal.learn.Forecaster;
import dev.gridsight.energy.internal.optimize.Battery;
import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.Dispatcher;
import dev.gridsight.energy.internal.optimize.Grid;
import dev.gridsight.energy.internal.optimize.Instruction;
import dev.gridsight.energy.internal.optimize.InstructionExecutor;
import dev.gridsight.energy.internal.optimize.Pv;

/**
 * The home battery benchmark of issue 10 ({@code bench/energy}); the method is in that
 * script's header and in docs/energy-bench.md. Arguments: {@code [--homes N]
 * [--data DIR]}.
 */
public final class EnergyBenchmark {

	static final int TEST_HOURS = 4368;

	static final String BATTERY = "Battery";

	/** A forecast model serves a week of origins, then is retrained (see the docs). */
	static final Duration RETRAIN_EVERY = Duration.ofDays(7);

	private EnergyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int homesWanted = Integer.MAX_VALUE;
		Path data = Path.of("../shared/eval/data");
		for (int i = 0; i < args.length; i++) {
			if ("--homes".equals(args[i])) {
				homesWanted = Integer.parseInt(args[++i]);
			}
			else if ("--data".equals(args[i])) {
				data = Path.of(args[++i]);
			}
			else {
				throw new IllegalArgumentException("usage: bench/energy [--homes N] [--data DIR], not " + args[i]);
			}
		}
		long start = System.nanoTime();
		List<Home> all = Home.read(data.resolve("home_energy.csv"), data.resolve("home_assets.json"));
		List<Home> homes = all.subList(0, Math.min(homesWanted, all.size()));
		System.out.printf(Locale.ROOT,
				"%d homes, test period the last %d h; battery empty at its start; charge and discharge efficiency √0.9 each%n",
				homes.size(), TEST_HOURS);
		int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, "home");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<HomeResult>> futures = new ArrayList<>();
		for (Home home : homes) {
			futures.add(pool.submit(() -> run(home)));
		}
		List<HomeResult> results = new ArrayList<>();
		System.out.println(
				"home         variant  no-battery     plan  perfect   share | self-consumption share | MAE/naive load  pv | plans failed");
		for (Future<HomeResult> f : futures) {
			HomeResult r;
			try {
				r = f.get();
			}
			catch (java.util.concurrent.ExecutionException e) {
				e.getCause().printStackTrace();
				System.exit(1);
				return;
			}
			results.add(r);
			for (String line : r.lines()) {
				System.out.println(line);
			}
		}
		pool.shutdown();
		double noBattery = results.stream().mapToDouble(HomeResult::noBattery).sum();
		double perfect = results.stream().mapToDouble(HomeResult::perfect).sum();
		double hourly = results.stream().mapToDouble(HomeResult::hourly).sum();
		double daily = results.stream().mapToDouble(HomeResult::daily).sum();
		double selfConsumption = results.stream().mapToDouble(HomeResult::selfConsumption).sum();
		double[] loadRatios = results.stream().mapToDouble(HomeResult::loadMaeRatio).toArray();
		double[] pvRatios = results.stream().mapToDouble(HomeResult::pvMaeRatio).toArray();
		System.out.printf(Locale.ROOT,
				"forecast median MASE against seasonal naive (MAE of the forecast / MAE of the seasonal-naive forecast from the same origins, test period, 24 h ahead): load %.3f (target < 0.85, %s), pv %.3f%n",
				median(loadRatios), median(loadRatios) < 0.85 ? "met" : "MISSED", median(pvRatios));
		System.out.printf(Locale.ROOT,
				"self-consumption rule (cover the load, store surplus PV, never import to charge): share %.1f%%%n",
				share(noBattery, selfConsumption, perfect));
		printSolveTimes();
		System.out.printf(Locale.ROOT, "run time %.0f s on %d threads%n", (System.nanoTime() - start) / 1e9, threads);
		System.out.println(total("hourly", noBattery, hourly, perfect, 92));
		System.out.println(total("daily", noBattery, daily, perfect, 87));
	}

	/**
	 * The optimizer's solve times (its SolveTimeProbe): the home LP is the median of 31
	 * solves; the plant MILP is one timed solve after the probe's two warm-ups, to keep
	 * the run short while it takes tens of seconds.
	 */
	private static void printSolveTimes() {
		SolveTimeProbe.Measurement home = SolveTimeProbe.measure("24 h hourly home battery LP", SolveTimeProbe::homeDay,
				31, 50);
		System.out.printf(Locale.ROOT, "%s; ratio to target %.2f%n", home.line(), home.medianMs() / home.targetMs());
		SolveTimeProbe.Measurement plant = SolveTimeProbe.measure("7-day 15-min 3-GTA plant MILP",
				SolveTimeProbe::plantWeek, 1, 2000);
		System.out.printf(Locale.ROOT, "%s; ratio to target %.2f%n", plant.line(), plant.medianMs() / plant.targetMs());
	}

	static String total(String variant, double noBattery, double plan, double perfect, double target) {
		double share = share(noBattery, plan, perfect);
		return String.format(Locale.ROOT, "total %s: no-battery %.1f plan %.1f perfect %.1f share %.1f%%", variant,
				noBattery, plan, perfect, share);
	}

	static double share(double noBattery, double plan, double perfect) {
		return 100 * (noBattery - plan) / (noBattery - perfect);
	}

	static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		int n = v.length;
		return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	}

	/** A home's costs in its price's currency (USD) over the test period. */
	record HomeResult(String name, double noBattery, double hourly, double daily, double perfect,
			double selfConsumption, double loadMaeRatio, double pvMaeRatio, int failedPlans, double seconds) {

		List<String> lines() {
			String common = String.format(Locale.ROOT, " | %15.1f%% | %14.3f %5.3f | %d (%.0f s)",
					share(noBattery, selfConsumption, perfect), loadMaeRatio, pvMaeRatio, failedPlans, seconds);
			return List.of(
					String.format(Locale.ROOT, "%-12s hourly %11.2f %8.2f %8.2f %6.1f%%%s", name, noBattery, hourly,
							perfect, share(noBattery, hourly, perfect), common),
					String.format(Locale.ROOT, "%-12s daily  %11.2f %8.2f %8.2f %6.1f%%", name, noBattery, daily,
							perfect, share(noBattery, daily, perfect)));
		}

	}

	static HomeResult run(Home home) {
		long start = System.nanoTime();
		int n = home.load().length;
		int testStart = n - TEST_HOURS;
		Forecaster forecaster = new Forecaster(Forecaster.Settings.DEFAULT.withRetrainEvery(RETRAIN_EVERY));
		HomeForecasts forecasts = new HomeForecasts(home, testStart, forecaster);
		Dispatcher dispatcher = new Dispatcher();
		double efficiency = Math.sqrt(home.roundTripEfficiency());

		double noBattery = 0;
		for (int t = testStart; t < n; t++) {
			noBattery += Math.max(0, home.load()[t] - home.solar()[t]) * home.price()[t];
		}

		double perfect = perfect(home, dispatcher, testStart, efficiency);

		int[] failed = new int[1];
		// hourly: re-plan at the start of every hour for the next 24 h, follow the first
		// step
		double hourly = 0;
		double soc = 0;
		for (int t = testStart; t < n; t++) {
			Instruction instruction = plan(home, dispatcher, forecasts, t, testStart, efficiency, soc, failed).get(0);
			InstructionExecutor.Step step = execute(home, instruction, efficiency, soc, t);
			hourly += step.gridImport() * home.price()[t];
			soc = step.socAfter();
		}
		// daily: plan at 00:00 for the day (and once at the start of the test period,
		// which
		// begins at 23:00), follow each hour's instruction
		double daily = 0;
		soc = 0;
		List<Instruction> plan = null;
		int planStart = -1;
		for (int t = testStart; t < n; t++) {
			if (plan == null || home.times().get(t).getHour() == 0) {
				plan = plan(home, dispatcher, forecasts, t, testStart, efficiency, soc, failed);
				planStart = t;
			}
			InstructionExecutor.Step step = execute(home, plan.get(t - planStart), efficiency, soc, t);
			daily += step.gridImport() * home.price()[t];
			soc = step.socAfter();
		}
		// the self-consumption rule: cover the load at full power whenever, store surplus
		// PV
		double selfConsumption = 0;
		soc = 0;
		Instruction rule = new Instruction(BATTERY, Instruction.COVER_LOAD, home.batteryKw(), "self-consumption");
		for (int t = testStart; t < n; t++) {
			InstructionExecutor.Step step = execute(home, rule, efficiency, soc, t);
			selfConsumption += step.gridImport() * home.price()[t];
			soc = step.socAfter();
		}
		return new HomeResult(home.name(), noBattery, hourly, daily, perfect, selfConsumption,
				HomeForecasts.maeRatio(forecasts.load, forecasts.loadNaive, home.load(), testStart),
				HomeForecasts.maeRatio(forecasts.solar, forecasts.solarNaive, home.solar(), testStart), failed[0],
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * Perfect foresight: LPs over the actual load and PV, a week at a time with two more
	 * days of look-ahead (the week's flows kept, the state of charge carried on). One LP
	 * over all 4,368 hours does not finish in ojAlgo within minutes; with a 6.4 kWh
	 * battery that cycles daily, what lies more than two days ahead does not change this
	 * week's best dispatch (checked against a single LP for Building 1, see the docs).
	 */
	static double perfect(Home home, Dispatcher dispatcher, int testStart, double efficiency) {
		return perfect(home, dispatcher, testStart, efficiency, PERFECT_WEEK, PERFECT_LOOKAHEAD);
	}

	static final int PERFECT_WEEK = 168;

	static final int PERFECT_LOOKAHEAD = 48;

	static double perfect(Home home, Dispatcher dispatcher, int testStart, double efficiency, int keep, int lookahead) {
		int n = home.load().length;
		double cost = 0;
		double soc = 0;
		for (int from = testStart; from < n; from += keep) {
			int steps = Math.min(keep + lookahead, n - from);
			DispatchPlan plan = dispatcher.solve(problem(home, from, steps, slice(home.load(), from, steps),
					slice(home.solar(), from, steps), battery(home, efficiency, soc)));
			if (plan.status() != DispatchPlan.Status.OPTIMAL) {
				throw new IllegalStateException(home.name() + ": the perfect-foresight LP from "
						+ home.times().get(from) + " ended " + plan.status() + " " + plan.infeasibility());
			}
			double[] imports = plan.series("Grid.import");
			double[] socs = plan.series("Battery.soc");
			int kept = Math.min(keep, steps);
			for (int k = 0; k < kept; k++) {
				cost += imports[k] * home.price()[from + k];
			}
			soc = socs[kept - 1];
		}
		return cost;
	}

	/**
	 * The battery's instructions for the 24 h from hour {@code t}, planned on the
	 * forecasts made with the data before {@code t} and the (known) tariff; the
	 * self-consumption rule when the optimizer finds no plan.
	 */
	private static List<Instruction> plan(Home home, Dispatcher dispatcher, HomeForecasts forecasts, int t,
			int testStart, double efficiency, double soc, int[] failed) {
		int steps = Math.min(HomeForecasts.HORIZON, home.load().length - t);
		double[] load = Arrays.copyOf(forecasts.load[t - testStart], steps);
		double[] solar = Arrays.copyOf(forecasts.solar[t - testStart], steps);
		DispatchPlan plan = dispatcher.solve(problem(home, t, steps, load, solar, battery(home, efficiency, soc)));
		List<Instruction> out = new ArrayList<>(steps);
		boolean solved = plan.status() == DispatchPlan.Status.OPTIMAL
				|| plan.status() == DispatchPlan.Status.FEASIBLE_TIME_LIMIT;
		for (int k = 0; k < steps; k++) {
			Instruction instruction = null;
			if (solved) {
				for (Instruction i : plan.instructions().get(k)) {
					if (BATTERY.equals(i.asset())) {
						instruction = i;
					}
				}
			}
			if (instruction == null) {
				instruction = new Instruction(BATTERY, Instruction.COVER_LOAD, home.batteryKw(), "no plan");
			}
			out.add(instruction);
		}
		if (!solved) {
			failed[0]++;
		}
		return out;
	}

	private static InstructionExecutor.Step execute(Home home, Instruction instruction, double efficiency, double soc,
			int t) {
		return InstructionExecutor.execute(instruction, battery(home, efficiency, soc), soc, home.load()[t],
				home.solar()[t], 1.0);
	}

	static Battery battery(Home home, double efficiency, double soc) {
		return new Battery(BATTERY, home.batteryKwh(), home.batteryKw(), efficiency, efficiency, 0, home.batteryKwh(),
				Math.max(0, Math.min(home.batteryKwh(), soc)), null, 0);
	}

	/**
	 * A home hour by hour from {@code from}: load and PV as given, exports earn nothing.
	 */
	static DispatchProblem problem(Home home, int from, int steps, double[] load, double[] solar, Battery battery) {
		List<LocalDateTime> times = home.times().subList(from, from + steps);
		double[] price = slice(home.price(), from, steps);
		Grid grid = new Grid("Grid", price, new double[steps], null, Double.POSITIVE_INFINITY);
		return new DispatchProblem(times, 1.0, load, null, grid, List.of(), List.of(), List.of(),
				List.of(new Pv("PV", solar)), List.of(battery), List.of(), 0, null, false, Duration.ofSeconds(120),
				"kW", "USD");
	}

	private static double[] slice(double[] values, int from, int steps) {
		return Arrays.copyOfRange(values, from, from + steps);
	}

}
