package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.gridsight.chart.Charts;
import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.platform.InvalidInput;

/** {@code window}: the time window the charts of the session's tab inherit. */
@Component
class WindowCommand implements Command {

	private static final String USAGE = "/window <last 7 days|P7D|this_month|2025-01-01/2025-02-01|all>";

	private static final Pattern LAST = Pattern.compile("(?:last|past)\\s+(\\d+)?\\s*(hour|day|week|month|year)s?",
			Pattern.CASE_INSENSITIVE);

	private final Tabs tabs;

	private final Charts charts;

	WindowCommand(Tabs tabs, Charts charts) {
		this.tabs = tabs;
		this.charts = charts;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec(
				"window", "Set the time window of the chat's tab", USAGE, Map.of("type", "object", "properties",
						Map.of("window", Map.of("type", "string")), "required", List.of("window")),
				"dashboard.change", true);
	}

	@Override
	public String mainArgument() {
		return "window";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String spelled = Arguments.required(arguments, "window", USAGE);
		UUID tabId = context.tabId();
		if (tabId == null) {
			throw new InvalidInput("This chat is on no tab: choose one above, or `/tab <name>` first.");
		}
		Charts.WindowChoice choice = charts.window(iso(spelled));
		TabView tab = tabs.setWindow(context.user(), tabId, choice.window());
		String what = choice.window() == null ? "all data" : spelled;
		return new CommandOutcome.Done(
				"The tab **" + ChartCommand.escape(tab.name()) + "** now shows " + ChartCommand.escape(what) + ".",
				List.of(), Map.of("tabId", tab.id().toString(), "window", what));
	}

	/** "last 7 days" → P7D; other spellings as the window parameter reads them. */
	static String iso(String spelled) {
		Matcher last = LAST.matcher(spelled.strip());
		if (!last.matches()) {
			return spelled.strip();
		}
		int amount = last.group(1) == null ? 1 : Integer.parseInt(last.group(1));
		return switch (last.group(2).toLowerCase(Locale.ROOT)) {
			case "hour" -> "PT" + amount + "H";
			case "day" -> "P" + amount + "D";
			case "week" -> "P" + amount + "W";
			case "month" -> "P" + amount + "M";
			default -> "P" + amount + "Y";
		};
	}

}
