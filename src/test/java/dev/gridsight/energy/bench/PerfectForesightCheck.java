package dev.gridsight.energy.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.Dispatcher;

/**
 * Checks the benchmark's perfect-foresight shortcut (weekly LPs with look-ahead) against
 * one LP over a whole stretch: {@code PerfectForesightCheck [home] [days]}.
 */
public final class PerfectForesightCheck {

	private PerfectForesightCheck() {
	}

	public static void main(String[] args) throws Exception {
		int homeNumber = args.length > 0 ? Integer.parseInt(args[0]) : 1;
		int days = args.length > 1 ? Integer.parseInt(args[1]) : 28;
		List<Home> homes = Home.read(Path.of("../shared/eval/data/home_energy.csv"),
				Path.of("../shared/eval/data/home_assets.json"));
		Home full = homes.get(homeNumber - 1);
		// the stretch: the first `days` days of the test period, as a home of its own
		int from = full.load().length - EnergyBenchmark.TEST_HOURS;
		int steps = days * 24;
		Home home = new Home(full.name(), full.times().subList(0, from + steps),
				java.util.Arrays.copyOf(full.load(), from + steps), java.util.Arrays.copyOf(full.solar(), from + steps),
				java.util.Arrays.copyOf(full.price(), from + steps),
				java.util.Arrays.copyOf(full.temperature(), from + steps), full.batteryKwh(), full.batteryKw(),
				full.roundTripEfficiency());
		double efficiency = Math.sqrt(home.roundTripEfficiency());
		Dispatcher dispatcher = new Dispatcher();
		long t0 = System.nanoTime();
		DispatchPlan one = dispatcher.solve(EnergyBenchmark.problem(home, from, steps,
				java.util.Arrays.copyOfRange(home.load(), from, from + steps),
				java.util.Arrays.copyOfRange(home.solar(), from, from + steps),
				EnergyBenchmark.battery(home, efficiency, 0)));
		double[] imports = one.series("Grid.import");
		double single = 0;
		for (int k = 0; k < steps; k++) {
			single += imports[k] * home.price()[from + k];
		}
		System.out.printf(Locale.ROOT, "%s, %d days: one LP %s cost %.4f (%.1f s)%n", home.name(), days, one.status(),
				single, (System.nanoTime() - t0) / 1e9);
		for (int lookahead : new int[] { 0, 24, 48, 96 }) {
			double rolling = EnergyBenchmark.perfect(home, dispatcher, from, efficiency, EnergyBenchmark.PERFECT_WEEK,
					lookahead);
			System.out.printf(Locale.ROOT, "weekly LPs with %d h look-ahead: cost %.4f (%+.4f)%n", lookahead, rolling,
					rolling - single);
		}
	}

}
