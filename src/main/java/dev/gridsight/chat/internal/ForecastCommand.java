package dev.gridsight.chat.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.energy.EnergySites;

/**
 * {@code forecast}: a site's demand or PV over the next hours from its history, beside
 * the seasonal-naive baseline; answered as numbers (total, peak and when, the model and
 * its backtest), and the values for an engine. Nothing is stored.
 */
@Component
class ForecastCommand implements Command {

	static final String USAGE = "/forecast [site=<name>] [signal=demand.electricity|demand.steam|<pv name>] "
			+ "[hours=<n>] [asOf=<timestamp>]";

	private final EnergySites energy;

	ForecastCommand(EnergySites energy) {
		this.energy = energy;
	}

	@Override
	public CommandSpec spec() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("site", Map.of("type", "string", "description", "the energy site's name"));
		properties.put("about", Map.of("type", "string", "description", "the request in words, to find the site by"));
		properties.put("signal", Map.of("type", "string", "description",
				"demand.electricity (default), demand.steam or a PV asset's name"));
		properties.put("hours", Map.of("type", "integer", "minimum", 1, "maximum", 168));
		properties.put("asOf", Map.of("type", "string", "description", "ISO timestamp the forecast starts at"));
		return new CommandSpec("forecast", "Forecast demand or PV from history", USAGE,
				Map.of("type", "object", "properties", properties), "energy.forecast", false);
	}

	@Override
	public String mainArgument() {
		return "site";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		EnergySites.ForecastOutcome forecast = energy.forecast(context.user(), context.workspaceId(),
				OptimizeCommand.site(arguments), Arguments.text(arguments, "signal"),
				Arguments.integer(arguments, "hours"), Arguments.text(arguments, "asOf"));
		double total = 0;
		int peak = 0;
		for (int i = 0; i < forecast.values().size(); i++) {
			total += forecast.values().get(i);
			if (forecast.values().get(i) > forecast.values().get(peak)) {
				peak = i;
			}
		}
		String unit = forecast.unit() == null ? "" : " " + forecast.unit();
		String summary = String.format(Locale.ROOT,
				"Forecast of **%s** at %s for %d steps from %s (%s; backtest MASE %.2f, seasonal naive %.2f): "
						+ "average %.2f%s, peak %.2f%s at %s.",
				ChartCommand.escape(forecast.signal()), ChartCommand.escape(forecast.site()), forecast.values().size(),
				forecast.times().isEmpty() ? "-" : forecast.times().get(0), forecast.model().replace('_', ' '),
				forecast.mase(), forecast.seasonalNaiveMase(),
				forecast.values().isEmpty() ? 0 : total / forecast.values().size(), unit,
				forecast.values().isEmpty() ? 0 : forecast.values().get(peak), unit,
				forecast.times().isEmpty() ? "-" : forecast.times().get(peak));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("site", forecast.site());
		result.put("signal", forecast.signal());
		result.put("unit", forecast.unit());
		result.put("model", forecast.model());
		result.put("times", forecast.times());
		result.put("values", forecast.values());
		result.put("seasonalNaive", forecast.seasonalNaive());
		return new CommandOutcome.Done(summary, List.of(), result);
	}

}
