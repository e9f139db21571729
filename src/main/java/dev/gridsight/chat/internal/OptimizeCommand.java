package dev.gridsight.chat.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.ChartData;
import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.energy.EnergySites;

/**
 * {@code optimize}: plans a site through the energy model (a stored run, so an editor's
 * command) and answers with the headline numbers, the summary of where the savings come
 * from and the dispatch chart as a draft the user can pin.
 */
@Component
class OptimizeCommand implements Command {

	static final String USAGE = "/optimize [site=<name>] [horizon=<hours>] [asOf=<timestamp>] [demand=forecast|actual]";

	private final EnergySites energy;

	private final Charts charts;

	OptimizeCommand(EnergySites energy, Charts charts) {
		this.energy = energy;
		this.charts = charts;
	}

	@Override
	public CommandSpec spec() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("site", Map.of("type", "string", "description", "the energy site's name"));
		properties.put("about", Map.of("type", "string", "description", "the request in words, to find the site by"));
		properties.put("horizon",
				Map.of("type", "integer", "minimum", 1, "maximum", 168, "description", "hours to plan, 24 by default"));
		properties.put("asOf", Map.of("type", "string", "description", "ISO timestamp the plan starts at"));
		properties.put("demand", Map.of("type", "string", "enum", List.of("forecast", "actual"), "description",
				"forecast (plan ahead) or actual (hindsight: what would have been best)"));
		return new CommandSpec("optimize", "Plan the cheapest dispatch of a site", USAGE,
				Map.of("type", "object", "properties", properties), "energy.run", true);
	}

	/** The site's name, or the words of the request that name it. */
	static String site(Map<String, Object> arguments) {
		String site = Arguments.text(arguments, "site");
		return site != null ? site : Arguments.text(arguments, "about");
	}

	@Override
	public String mainArgument() {
		return "site";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		EnergySites.RunOutcome run = energy.optimize(context.user(), context.workspaceId(), site(arguments),
				Arguments.integer(arguments, "horizon"), Arguments.text(arguments, "asOf"),
				Arguments.text(arguments, "demand"), "chat");
		ChartSummary chart = charts.createDraft(context.user(), context.workspaceId(), run.dispatchTitle(),
				run.dispatchChart(), run.dispatchVisual());
		ChartData data = charts.data(chart.id(), context.user().id(), Charts.WindowChoice.INHERIT, null, List.of())
			.data();
		String money = run.currency();
		String summary = String.format(Locale.ROOT,
				"Planned **%s**: cost %,.2f %s against %,.2f %s (savings %,.2f %s). %s",
				ChartCommand.escape(run.site()), run.cost(), money, run.baselineCost(), money, run.savings(), money,
				run.summary() == null ? "" : run.summary());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("runId", run.runId().toString());
		result.put("status", run.status());
		result.put("cost", run.cost());
		result.put("baselineCost", run.baselineCost());
		result.put("savings", run.savings());
		result.put("currency", money);
		result.put("points", run.points());
		result.put("chartId", chart.id().toString());
		return new CommandOutcome.Done(summary, List
			.of(new ChatChart(chart.id(), chart.title(), chart.query(), chart.visual(), data, run.dispatchTitle())),
				result);
	}

}
