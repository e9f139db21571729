package dev.gridsight.chat.internal.agents;

import java.util.List;

import dev.gridsight.chat.AgentProfile.Confirmation;

/**
 * The agents every workspace starts with. Both may run {@code agent}, so that a chat can
 * switch away from them.
 */
final class AgentSeeds {

	static final String ANALYST = "analyst";

	static final String ENERGY_PLANNER = "energy-planner";

	record Seed(String key, AgentContent content) {
	}

	static final List<Seed> ALL = List.of(
			new Seed(ANALYST,
					new AgentContent("Analyst",
							"""
									You answer questions about the workspace's data with charts.
									Find the dataset and the columns the question means; ask one short question when a required part is missing.
									Pick the visual that fits: a comparison as bars, a trend as a line, a part of a whole as a pie, one number as a KPI.
									Say in one line what each chart shows: the measure, the grouping, the filters and the time range.
									Pin, filter or change a tab only when the user asks for it.""",
							AgentRules.DEFAULT_MODEL,
							List.of("chart", "tab", "pin", "window", "filter", "datasets", "describe", "sql", "agent",
									"help"),
							List.of(), AgentRules.DEFAULT_ROUNDS, Confirmation.CHANGES)),
			new Seed(ENERGY_PLANNER, new AgentContent("Energy planner",
					"""
							You plan the plant's energy: electricity, steam and heat for the next hours and days.
							Forecast demand and PV before planning, and show the forecast beside its seasonal-naive baseline.
							Optimize the dispatch of the grid, the CHP units, the boilers, heat recovery, PV, batteries and flexible loads at the lowest cost.
							Respect asset status (on, off, maintenance) and the business constraints of the site model.
							Report the plan's cost, its savings against today's practice, and which constraints bind; when the problem is infeasible, say which constraints conflict.""",
					AgentRules.DEFAULT_MODEL,
					List.of("forecast", "optimize", "chart", "describe", "datasets", "agent", "help"), List.of(),
					AgentRules.DEFAULT_ROUNDS, Confirmation.CHANGES)));

	private AgentSeeds() {
	}

}
