package dev.gridsight.chart;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;

/**
 * What other modules may ask of charts (a dashboard tab, a share). Every call takes the
 * acting user's id explicitly, so it may run on any thread, and checks that the user may
 * read the chart: a chart of a workspace the user is not a member of is not found.
 */
public interface Charts {

	/**
	 * Stores a chart over a query, as {@code POST /api/charts} does (an editor of the
	 * workspace; the query checked against the catalog); null workspace: the user's own.
	 */
	ChartSummary create(UserAccount user, UUID workspaceId, String title, ChartQuery query, Visual visual);

	/**
	 * Stores a chart an answer of the assistant shows: any member of the workspace may
	 * make one (a viewer asking a question gets a chart too), and it stays out of the
	 * chart library until someone {@link #keep keeps} it.
	 */
	ChartSummary createDraft(UserAccount user, UUID workspaceId, String title, ChartQuery query, Visual visual);

	/**
	 * Moves a draft chart into the library (pinning it, saving it): an editor of its
	 * workspace; a chart already kept stays as it is.
	 */
	void keep(UUID chartId, UserAccount user);

	/** The chart, if the user may read it; {@code NotFound} otherwise. */
	ChartSummary readable(UUID chartId, UUID userId);

	/**
	 * The columns of the chart's dataset that an {@link ExtraFilter} can apply to; empty
	 * for a SQL chart.
	 */
	Set<String> filterableColumns(UUID chartId, UUID userId);

	/**
	 * The point budget per series that chart data takes: the default for null.
	 * @throws InvalidInput outside the range chart data accepts
	 */
	int points(Integer points);

	/**
	 * Reads a {@code window} query parameter as {@code GET /api/charts/{id}/data} does:
	 * absent is {@link WindowChoice#INHERIT}, {@code all} is {@link WindowChoice#ALL}.
	 * @throws InvalidInput for a window that cannot be read
	 */
	WindowChoice window(String parameter);

	/**
	 * The chart's data, as {@code GET /api/charts/{id}/data} returns it, with the extra
	 * filters that the chart's dataset has a column for ANDed to the chart's own.
	 * @param points the point budget per series; null for the default
	 */
	FilteredChartData data(UUID chartId, UUID userId, WindowChoice window, Integer points,
			List<ExtraFilter> extraFilters);

	/**
	 * A filter from outside the chart (a tab's): rows whose {@code column} is one of
	 * {@code values}.
	 */
	record ExtraFilter(String column, List<Object> values) {

		public ExtraFilter {
			if (column == null || column.isBlank()) {
				throw new InvalidInput("A filter needs a column.");
			}
			values = values == null ? List.of() : List.copyOf(values);
		}

	}

	/**
	 * Whether an extra filter applies to a chart: its dataset has the column (with no
	 * values it selects every row).
	 */
	record FilterUse(String column, boolean applied) {
	}

	/**
	 * @param datasetId the dataset the chart reads (null for a SQL chart): what a live
	 * view subscribes to
	 */
	record FilteredChartData(ChartData data, List<FilterUse> filters, UUID datasetId) {
	}

	/**
	 * The window asked for: the chart's own ({@link #INHERIT}), none at all
	 * ({@link #ALL}) or this one.
	 */
	record WindowChoice(TimeWindow window, boolean all) {

		public static final WindowChoice INHERIT = new WindowChoice(null, false);

		public static final WindowChoice ALL = new WindowChoice(null, true);

		public WindowChoice {
			if (all && window != null) {
				throw new IllegalArgumentException("all data or a window, not both");
			}
		}

		public static WindowChoice of(TimeWindow window) {
			return window == null ? INHERIT : new WindowChoice(window, false);
		}

	}

}
