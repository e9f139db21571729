package dev.gridsight.dashboard.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.ChartQuery.Aggregation;
import dev.gridsight.chart.ChartQuery.SortDirection;
import dev.gridsight.chart.ChartQuery.TimeGrain;
import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.chart.Visual;
import dev.gridsight.dashboard.Layout;
import dev.gridsight.dashboard.TabFilter;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.SampleDataContributor;

/**
 * First start: three tabs over the sample datasets in the first administrator's personal
 * workspace, after the catalog has imported them. Column names are those of
 * {@code docs/sample-data.md}.
 */
@Component
class SampleDashboards implements SampleDataContributor {

	private final TabService tabs;

	private final Charts charts;

	private final UserDirectory users;

	SampleDashboards(TabService tabs, Charts charts, UserDirectory users) {
		this.tabs = tabs;
		this.charts = charts;
		this.users = users;
	}

	@Override
	public String key() {
		return "dashboard.tabs";
	}

	/** After the catalog's datasets (order 10). */
	@Override
	public int order() {
		return 20;
	}

	@Override
	public void seed() {
		UserAccount admin = users.firstAdmin().orElse(null);
		if (admin == null) {
			return;
		}
		plant(admin);
		buildings(admin);
		sales(admin);
	}

	private void plant(UserAccount admin) {
		TabView tab = tabs.create(admin, null, "Plant overview", TimeWindow.last("P7D"));
		card(admin, tab, "## Plant overview\nSite demand, what the three GTAs make, and what the grid covers against "
				+ "the tariff. Windows end at the latest data.", new Layout(0, 0, 12, 2));
		pin(admin, tab, "Electricity and steam demand",
				ChartQuery.on("plant_hourly")
					.measure("electricity_demand_mw", Aggregation.AVG, "electricity_mw")
					.measure("steam_demand_tph", Aggregation.AVG, "steam_tph")
					.time("ts", TimeGrain.HOUR)
					.build(),
				new Visual("line", "ts", List.of("electricity_mw", "steam_tph"), null, null), new Layout(0, 2, 6, 8));
		pin(admin, tab, "GTA power",
				ChartQuery.on("plant_hourly")
					.measure("gta1_power_mw", Aggregation.AVG, "gta1_mw")
					.measure("gta2_power_mw", Aggregation.AVG, "gta2_mw")
					.measure("gta3_power_mw", Aggregation.AVG, "gta3_mw")
					.time("ts", TimeGrain.HOUR)
					.build(),
				new Visual("area", "ts", List.of("gta1_mw", "gta2_mw", "gta3_mw"), null, null), new Layout(6, 2, 6, 8));
		pin(admin, tab, "Grid import vs tariff price",
				ChartQuery.on("plant_hourly")
					.measure("grid_import_mw", Aggregation.AVG, "grid_import_mw")
					.measure("price_eur_per_mwh", Aggregation.AVG, "price_eur_per_mwh")
					.time("ts", TimeGrain.HOUR)
					.build(),
				new Visual("line", "ts", List.of("grid_import_mw", "price_eur_per_mwh"), null, null),
				new Layout(0, 10, 12, 8));
	}

	private void buildings(UserAccount admin) {
		TabView tab = tabs.create(admin, null, "Buildings", TimeWindow.last("P7D"));
		pin(admin, tab, "Load vs PV",
				ChartQuery.on("building_portfolio")
					.measure("load_kw", Aggregation.SUM, "load_kw")
					.measure("pv_kw", Aggregation.SUM, "pv_kw")
					.time("ts", TimeGrain.HOUR)
					.build(),
				new Visual("line", "ts", List.of("load_kw", "pv_kw"), null, null), new Layout(0, 0, 6, 8));
		pin(admin, tab, "Net import by building",
				ChartQuery.on("building_portfolio")
					.measure("net_import_kw", Aggregation.AVG, "net_import_kw")
					.dimension("building")
					.time("ts", TimeGrain.HOUR)
					.build(),
				new Visual("line", "ts", List.of("net_import_kw"), "building", null), new Layout(6, 0, 6, 8));
		// defined without values: every building until the viewer picks some
		tabs.update(admin, tab.id(), new TabService.TabChanges(null, false, null,
				List.of(new TabFilter("building", List.of())), false, null, null));
	}

	private void sales(UserAccount admin) {
		TabView tab = tabs.create(admin, null, "Sales", TimeWindow.last("P30D"));
		pin(admin, tab, "Revenue by channel",
				ChartQuery.on("restaurant_sales")
					.measure("revenue", Aggregation.SUM, "revenue")
					.dimension("channel")
					.sort("revenue", SortDirection.DESC)
					.build(),
				new Visual("bar", "channel", List.of("revenue"), null, null), new Layout(0, 0, 6, 8));
		pin(admin, tab, "Revenue by location",
				ChartQuery.on("restaurant_sales")
					.measure("revenue", Aggregation.SUM, "revenue")
					.dimension("location")
					.time("ordered_at", TimeGrain.DAY)
					.build(),
				new Visual("line", "ordered_at", List.of("revenue"), "location", null), new Layout(6, 0, 6, 8));
		pin(admin, tab, "Top items",
				ChartQuery.on("restaurant_sales")
					.measure("revenue", Aggregation.SUM, "revenue")
					.measure("quantity", Aggregation.SUM, "items")
					.dimension("item")
					.sort("revenue", SortDirection.DESC)
					.limit(10)
					.build(),
				new Visual("table", "item", List.of("revenue", "items"), null, null), new Layout(0, 8, 12, 8));
	}

	private void pin(UserAccount admin, TabView tab, String title, ChartQuery query, Visual visual, Layout layout) {
		ChartSummary chart = charts.create(admin, tab.workspaceId(), title, query, visual);
		tabs.pin(admin, tab.id(), chart.id(), layout, null);
	}

	private void card(UserAccount admin, TabView tab, String markdown, Layout layout) {
		UUID tabId = tab.id();
		tabs.addCard(admin, tabId, markdown, layout);
	}

}
