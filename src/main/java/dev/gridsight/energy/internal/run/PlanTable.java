package dev.gridsight.energy.internal.run;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.ColumnType;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;
import dev.gridsight.energy.internal.optimize.Battery;
import dev.gridsight.energy.internal.optimize.Boiler;
import dev.gridsight.energy.internal.optimize.Chp;
import dev.gridsight.energy.internal.optimize.DispatchPlan;
import dev.gridsight.energy.internal.optimize.DispatchProblem;
import dev.gridsight.energy.internal.optimize.HeatRecovery;
import dev.gridsight.energy.internal.optimize.Instruction;
import dev.gridsight.energy.internal.optimize.Pv;

/**
 * A plan as a run shows it: a table with a {@code ts} column, one column per asset and
 * quantity in the site's units, the marginal prices, the binding constraints and the
 * instructions; and the same plan in long form for the workspace's {@code energy_plans}
 * dataset, from which the run's charts are drawn, pinned and shared like any chart.
 */
public final class PlanTable {

	public static final String DATASET = "energy_plans";

	public static final List<DatasetColumn> DATASET_COLUMNS = List.of(
			new DatasetColumn("run_id", ColumnType.VARCHAR, ColumnRole.ID, null, "The energy run that planned it",
					List.of("run")),
			new DatasetColumn("site", ColumnType.VARCHAR, ColumnRole.DIMENSION, null, "The energy site", List.of()),
			new DatasetColumn("ts", ColumnType.TIMESTAMP, ColumnRole.TIME, null, "Start of the planned step (UTC)",
					List.of()),
			new DatasetColumn("chart", ColumnType.VARCHAR, ColumnRole.DIMENSION, null, "dispatch, steam, soc or price",
					List.of()),
			new DatasetColumn("series", ColumnType.VARCHAR, ColumnRole.DIMENSION, null, "What the value is", List.of()),
			new DatasetColumn("value", ColumnType.DOUBLE, ColumnRole.MEASURE, null, "The planned value", List.of()),
			new DatasetColumn("unit", ColumnType.VARCHAR, ColumnRole.DIMENSION, null, "The value's unit", List.of()));

	private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private PlanTable() {
	}

	/** The table: columns and rows, and the unit of each column that has one. */
	public record Table(List<String> columns, List<List<Object>> rows, Map<String, String> units) {
	}

	/** A chart of the run, as the web draws it and as a pin saves it. */
	public record RunChart(String kind, String title, ChartQuery query, Visual visual) {
	}

	public static Table table(DispatchProblem problem, DispatchPlan plan) {
		List<String> columns = new ArrayList<>();
		columns.add("ts");
		columns.addAll(plan.columns());
		boolean steam = plan.steamPrice() != null;
		columns.add("price.electricity");
		if (steam) {
			columns.add("price.steam");
		}
		columns.add("price.import");
		columns.add("binding");
		columns.add("instructions");
		Map<String, String> units = new LinkedHashMap<>();
		for (String column : plan.columns()) {
			String unit = unit(column, problem.powerUnit());
			if (unit != null) {
				units.put(column, unit);
			}
		}
		String energyPrice = problem.currency() + "/" + problem.powerUnit() + "h";
		units.put("price.electricity", energyPrice);
		if (steam) {
			units.put("price.steam", problem.currency() + "/t");
		}
		units.put("price.import", energyPrice);
		List<List<Object>> rows = new ArrayList<>();
		for (int t = 0; t < problem.times().size(); t++) {
			List<Object> row = new ArrayList<>(columns.size());
			row.add(problem.times().get(t).toString());
			for (int c = 0; c < plan.columns().size(); c++) {
				row.add(round(plan.values()[t][c]));
			}
			row.add(plan.electricityPrice() == null ? null : round(plan.electricityPrice()[t]));
			if (steam) {
				row.add(round(plan.steamPrice()[t]));
			}
			row.add(round(problem.grid().importPrice()[t]));
			row.add(plan.binding() == null ? "" : String.join("; ", plan.binding().get(t)));
			row.add(plan.instructions() == null ? ""
					: String.join(" ", plan.instructions().get(t).stream().map(Instruction::text).toList()));
			rows.add(row);
		}
		return new Table(columns, rows, units);
	}

	/** The plan in long form: one row per step and charted series. */
	public static List<Map<String, Object>> datasetRows(UUID runId, String site, DispatchProblem problem,
			DispatchPlan plan) {
		List<Map<String, Object>> rows = new ArrayList<>();
		String unit = problem.powerUnit();
		for (int t = 0; t < problem.times().size(); t++) {
			String ts = WIRE.format(problem.times().get(t));
			for (Chp chp : problem.chps()) {
				add(rows, runId, site, ts, "dispatch", chp.name(), plan, chp.name() + ".power", t, unit);
				add(rows, runId, site, ts, "steam", chp.name() + " extraction", plan, chp.name() + ".extraction", t,
						"t/h");
			}
			add(rows, runId, site, ts, "dispatch", problem.grid().name() + " import", plan,
					problem.grid().name() + ".import", t, unit);
			for (Pv pv : problem.pvs()) {
				double used = value(plan, pv.name() + ".production", t) - value(plan, pv.name() + ".curtailed", t);
				rows.add(row(runId, site, ts, "dispatch", pv.name(), used, unit));
			}
			for (Battery battery : problem.batteries()) {
				add(rows, runId, site, ts, "dispatch", battery.name() + " discharge", plan,
						battery.name() + ".discharge", t, unit);
				add(rows, runId, site, ts, "soc", battery.name(), plan, battery.name() + ".soc", t, unit + "h");
			}
			for (Boiler boiler : problem.boilers()) {
				add(rows, runId, site, ts, "steam", boiler.name(), plan, boiler.name() + ".steam", t, "t/h");
			}
			for (HeatRecovery recovery : problem.heatRecoveries()) {
				add(rows, runId, site, ts, "steam", recovery.name(), plan, recovery.name() + ".steam", t, "t/h");
			}
			String price = problem.currency() + "/" + unit + "h";
			rows.add(row(runId, site, ts, "price", "Import price", round(problem.grid().importPrice()[t]), price));
			if (plan.electricityPrice() != null) {
				rows.add(row(runId, site, ts, "price", "Marginal cost of electricity",
						round(plan.electricityPrice()[t]), price));
			}
		}
		return rows;
	}

	/**
	 * The run's charts: dispatch stack, steam balance, battery state of charge, prices.
	 */
	public static List<RunChart> charts(UUID runId, String site, DispatchProblem problem, LocalDateTime from,
			LocalDateTime to) {
		List<RunChart> charts = new ArrayList<>();
		charts.add(chart(runId, "dispatch", site + " — dispatch (" + problem.powerUnit() + ")", "area", from, to));
		if (!problem.chps().isEmpty() || !problem.boilers().isEmpty() || !problem.heatRecoveries().isEmpty()) {
			charts.add(chart(runId, "steam", site + " — steam balance (t/h)", "area", from, to));
		}
		if (!problem.batteries().isEmpty()) {
			charts.add(chart(runId, "soc", site + " — battery state of charge (" + problem.powerUnit() + "h)", "line",
					from, to));
		}
		charts.add(chart(runId, "price",
				site + " — electricity prices (" + problem.currency() + "/" + problem.powerUnit() + "h)", "line", from,
				to));
		return charts;
	}

	private static RunChart chart(UUID runId, String kind, String title, String type, LocalDateTime from,
			LocalDateTime to) {
		ChartQuery query = ChartQuery.on(DATASET)
			.measure("value", ChartQuery.Aggregation.SUM, "value")
			.dimension("series")
			.time("ts", ChartQuery.TimeGrain.MINUTE)
			.filter("run_id", ChartQuery.FilterOp.EQ, runId.toString())
			.filter("chart", ChartQuery.FilterOp.EQ, kind)
			.window(new TimeWindow.Absolute(from.toInstant(ZoneOffset.UTC), to.toInstant(ZoneOffset.UTC)))
			.build();
		return new RunChart(kind, title, query, new Visual(type, "ts", List.of("value"), "series", title));
	}

	private static void add(List<Map<String, Object>> rows, UUID runId, String site, String ts, String chart,
			String series, DispatchPlan plan, String column, int t, String unit) {
		if (plan.column(column) >= 0) {
			rows.add(row(runId, site, ts, chart, series, round(plan.values()[t][plan.column(column)]), unit));
		}
	}

	private static double value(DispatchPlan plan, String column, int t) {
		int c = plan.column(column);
		return c < 0 ? 0 : plan.values()[t][c];
	}

	private static Map<String, Object> row(UUID runId, String site, String ts, String chart, String series,
			double value, String unit) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("run_id", runId.toString());
		row.put("site", site);
		row.put("ts", ts);
		row.put("chart", chart);
		row.put("series", series);
		row.put("value", value);
		row.put("unit", unit);
		return row;
	}

	static String unit(String column, String powerUnit) {
		int dot = column.lastIndexOf('.');
		String quantity = dot < 0 ? column : column.substring(dot + 1);
		switch (quantity) {
			case "power", "import", "export", "charge", "discharge", "production", "curtailed", "electricity":
				return powerUnit;
			case "admission", "extraction", "steam":
				return "t/h";
			case "soc":
				return powerUnit + "h";
			default:
				return null;
		}
	}

	static double round(double value) {
		if (!Double.isFinite(value)) {
			return value;
		}
		return Math.round(value * 1000) / 1000.0;
	}

}
