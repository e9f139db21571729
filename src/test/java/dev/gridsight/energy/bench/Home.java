package dev.gridsight.energy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One home of the evaluation data: hourly load, PV, time-of-use price and outdoor
 * temperature, and its battery from {@code home_assets.json}.
 */
record Home(String name, List<LocalDateTime> times, double[] load, double[] solar, double[] price, double[] temperature,
		double batteryKwh, double batteryKw, double roundTripEfficiency) {

	private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Reads every home of the CSV, in the order Building 1, Building 2, … */
	static List<Home> read(Path csv, Path assets) throws IOException {
		Map<String, double[]> batteries = batteries(assets);
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(csv)) {
			String header = reader.readLine();
			if (!header
				.startsWith("ts,building,load_kwh,solar_kwh,price_usd_per_kwh,carbon_kg_per_kwh,outdoor_temp_c")) {
				throw new IllegalStateException("unexpected header " + header);
			}
			String line;
			while ((line = reader.readLine()) != null) {
				String[] f = line.split(",", -1);
				rows.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
			}
		}
		List<Home> homes = new ArrayList<>();
		for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
			List<String[]> r = e.getValue();
			int n = r.size();
			List<LocalDateTime> times = new ArrayList<>(n);
			double[] load = new double[n];
			double[] solar = new double[n];
			double[] price = new double[n];
			double[] temperature = new double[n];
			for (int i = 0; i < n; i++) {
				String[] f = r.get(i);
				times.add(LocalDateTime.parse(f[0], TS));
				load[i] = Double.parseDouble(f[2]);
				solar[i] = Double.parseDouble(f[3]);
				price[i] = Double.parseDouble(f[4]);
				temperature[i] = Double.parseDouble(f[6]);
				if (i > 0 && !times.get(i).equals(times.get(i - 1).plusHours(1))) {
					throw new IllegalStateException(e.getKey() + " has a gap at " + times.get(i));
				}
			}
			double[] battery = batteries.get(e.getKey());
			if (battery == null) {
				throw new IllegalStateException(e.getKey() + " is not in " + assets);
			}
			homes.add(new Home(e.getKey(), Collections.unmodifiableList(times), load, solar, price, temperature,
					battery[0], battery[1], battery[2]));
		}
		homes.sort((a, b) -> Integer.compare(number(a.name()), number(b.name())));
		return homes;
	}

	static int number(String building) {
		return Integer.parseInt(building.replaceAll("\\D", ""));
	}

	/** The battery of each home: kWh, kW, round-trip efficiency. */
	private static Map<String, double[]> batteries(Path assets) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(Files.readString(assets));
		Map<String, double[]> out = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : root.properties()) {
			JsonNode home = e.getValue();
			out.put(e.getKey(), new double[] { home.get("battery_kwh").doubleValue(),
					home.get("battery_kw").doubleValue(), home.get("battery_efficiency").doubleValue() });
		}
		return out;
	}

}
