package dev.gridsight.energy;

import java.util.List;
import java.util.UUID;

import dev.gridsight.chart.ChartQuery;
import dev.gridsight.chart.Visual;
import dev.gridsight.identity.UserAccount;

/**
 * What other modules (the chat's {@code forecast} and {@code optimize} commands) may ask
 * of the energy model. Every call checks the user's role in the workspace, as the HTTP
 * API does: members read, editors run.
 */
public interface EnergySites {

	/** The workspace's sites, by name. */
	List<SiteRef> list(UserAccount user, UUID workspaceId);

	/**
	 * Plans the site (by name, or the workspace's only site when null) and stores the
	 * run, as {@code POST /api/energy/sites/{id}/runs} does.
	 * @param asOf ISO timestamp, or null for the default
	 * @param demand {@code forecast} or {@code actual}; null for forecast
	 */
	RunOutcome optimize(UserAccount user, UUID workspaceId, String site, Integer horizonHours, String asOf,
			String demand, String trigger);

	/**
	 * Forecasts one of the site's demand or PV signals from its history up to
	 * {@code asOf}, beside the seasonal-naive baseline.
	 * @param signal {@code demand.electricity}, {@code demand.steam} or a PV asset's
	 * name; null for the electricity demand
	 */
	ForecastOutcome forecast(UserAccount user, UUID workspaceId, String site, String signal, Integer hours,
			String asOf);

	record SiteRef(UUID id, String name) {
	}

	/**
	 * A stored run, told briefly: its headline numbers, the plain-language summary and
	 * its dispatch chart.
	 */
	record RunOutcome(UUID runId, UUID siteId, String site, String status, double cost, double baselineCost,
			double savings, String currency, String summary, List<String> points, String dispatchTitle,
			ChartQuery dispatchChart, Visual dispatchVisual) {
	}

	/**
	 * A forecast: the chosen model's values and the seasonal-naive ones, with their
	 * backtest errors.
	 */
	record ForecastOutcome(String site, String signal, String unit, String model, List<String> times,
			List<Double> values, List<Double> seasonalNaive, double mase, double seasonalNaiveMase) {
	}

}
