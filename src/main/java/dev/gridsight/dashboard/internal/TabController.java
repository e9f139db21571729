package dev.gridsight.dashboard.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.chart.FilterParameters;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.Layout;
import dev.gridsight.dashboard.TabData;
import dev.gridsight.dashboard.TabFilter;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.TextCard;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.platform.ProblemException;

/**
 * Tabs over HTTP. A PATCH body is read field by field, so that an absent field stays as
 * it is and {@code "window": null} clears a window.
 */
@RestController
@RequestMapping("/api/tabs")
class TabController {

	private final CurrentUser currentUser;

	private final TabService tabs;

	private final JsonMapper json;

	TabController(CurrentUser currentUser, TabService tabs, JsonMapper json) {
		this.currentUser = currentUser;
		this.tabs = tabs;
		this.json = json;
	}

	record NewTab(UUID workspaceId, String name, TimeWindow window) {
	}

	record TabSummary(UUID id, UUID workspaceId, String name, int position, TimeWindow window, List<TabFilter> filters,
			Integer refreshSeconds, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

		static TabSummary of(TabRecord tab) {
			return new TabSummary(tab.id(), tab.workspaceId(), tab.name(), tab.position(), tab.window(), tab.filters(),
					tab.refreshSeconds(), tab.createdAt(), tab.updatedAt());
		}

	}

	record NewPlacement(UUID chartId, Layout layout, TimeWindow window) {
	}

	record ChartLayout(UUID chartId, Layout layout) {
	}

	record CardLayout(UUID id, Layout layout) {
	}

	record LayoutBody(List<ChartLayout> charts, List<CardLayout> cards) {
	}

	record CardBody(String markdown, Layout layout) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TabView create(@RequestBody NewTab body) {
		return tabs.create(currentUser.get(), body.workspaceId(), body.name(), body.window());
	}

	@GetMapping
	PageResult<TabSummary> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tabs.list(currentUser.get(), workspaceId, PageQuery.of(page, size)).map(TabSummary::of);
	}

	@GetMapping("/{id}")
	TabView get(@PathVariable UUID id) {
		return tabs.get(currentUser.get(), id);
	}

	/**
	 * A tab shared with the caller by someone else: where it is and what the caller may
	 * do.
	 */
	record SharedTab(UUID id, String name, String access, TabView.SharedBy sharedBy) {
	}

	/** The tabs shared with the caller through shares (not through membership). */
	@GetMapping("/shared")
	List<SharedTab> shared() {
		return tabs.sharedWith(currentUser.get())
			.stream()
			.map(tab -> new SharedTab(tab.id(), tab.name(), tab.access(), tab.sharedBy()))
			.toList();
	}

	/**
	 * {@code name}, {@code window} (null: none), {@code filters}, {@code refreshSeconds},
	 * {@code position}.
	 */
	@PatchMapping("/{id}")
	TabView update(@PathVariable UUID id, @RequestBody JsonNode body) {
		object(body);
		TabService.TabChanges changes = new TabService.TabChanges(
				body.has("name") ? text(body.get("name"), "name") : null, body.has("window"),
				read(body.get("window"), TimeWindow.class, "window"),
				body.has("filters") ? filters(body.get("filters")) : null, body.has("refreshSeconds"),
				read(body.get("refreshSeconds"), Integer.class, "refreshSeconds"),
				read(body.get("position"), Integer.class, "position"));
		if (body.has("name") && changes.name() == null) {
			throw new InvalidInput("name must be 1 to " + TabRules.MAX_NAME + " characters.");
		}
		return tabs.update(currentUser.get(), id, changes);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		tabs.delete(currentUser.get(), id);
	}

	@PostMapping("/{id}/restore")
	TabView restore(@PathVariable UUID id) {
		return tabs.restore(currentUser.get(), id);
	}

	@PostMapping("/{id}/duplicate")
	@ResponseStatus(HttpStatus.CREATED)
	TabView duplicate(@PathVariable UUID id) {
		return tabs.duplicate(currentUser.get(), id);
	}

	@PostMapping("/{id}/charts")
	@ResponseStatus(HttpStatus.CREATED)
	TabView pin(@PathVariable UUID id, @RequestBody NewPlacement body) {
		return tabs.pin(currentUser.get(), id, body.chartId(), body.layout(), body.window());
	}

	/** {@code layout}, {@code window} (null: the chart inherits the tab's again). */
	@PatchMapping("/{id}/charts/{chartId}")
	TabView updatePlacement(@PathVariable UUID id, @PathVariable UUID chartId, @RequestBody JsonNode body) {
		object(body);
		return tabs.updatePlacement(currentUser.get(), id, chartId, read(body.get("layout"), Layout.class, "layout"),
				body.has("window"), read(body.get("window"), TimeWindow.class, "window"));
	}

	@DeleteMapping("/{id}/charts/{chartId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unpin(@PathVariable UUID id, @PathVariable UUID chartId) {
		tabs.unpin(currentUser.get(), id, chartId);
	}

	@PutMapping("/{id}/layout")
	TabView layout(@PathVariable UUID id, @RequestBody LayoutBody body) {
		List<TabService.LayoutChange> charts = body.charts() == null ? List.of()
				: body.charts()
					.stream()
					.map(item -> item == null ? null : new TabService.LayoutChange(item.chartId(), item.layout()))
					.toList();
		List<TabService.LayoutChange> cards = body.cards() == null ? List.of()
				: body.cards()
					.stream()
					.map(item -> item == null ? null : new TabService.LayoutChange(item.id(), item.layout()))
					.toList();
		return tabs.layout(currentUser.get(), id, charts, cards);
	}

	@PostMapping("/{id}/cards")
	@ResponseStatus(HttpStatus.CREATED)
	TextCard addCard(@PathVariable UUID id, @RequestBody CardBody body) {
		return tabs.addCard(currentUser.get(), id, body.markdown(), body.layout());
	}

	@PatchMapping("/{id}/cards/{cardId}")
	TextCard updateCard(@PathVariable UUID id, @PathVariable UUID cardId, @RequestBody CardBody body) {
		return tabs.updateCard(currentUser.get(), id, cardId, body.markdown(), body.layout());
	}

	@DeleteMapping("/{id}/cards/{cardId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCard(@PathVariable UUID id, @PathVariable UUID cardId) {
		tabs.deleteCard(currentUser.get(), id, cardId);
	}

	/**
	 * Every chart's data: {@code window} as chart data takes it, {@code filter.<column>}
	 * (repeat it for several values) replacing the tab's values, {@code points} per
	 * series.
	 */
	@GetMapping("/{id}/data")
	TabData data(@PathVariable UUID id, @RequestParam(required = false) String window,
			@RequestParam(required = false) Integer points, @RequestParam MultiValueMap<String, String> parameters) {
		Map<String, List<String>> filters = FilterParameters.of(parameters);
		return tabs.data(currentUser.get(), id, window, filters, points);
	}

	private static void object(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInput("The request body must be a JSON object.");
		}
	}

	private static String text(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new InvalidInput(field + " must be text.");
		}
		return node.asString();
	}

	private List<TabFilter> filters(JsonNode node) {
		List<TabFilter> filters = read(node, new TypeReference<List<TabFilter>>() {
		}, "filters");
		return filters == null ? List.of() : filters;
	}

	private <T> T read(JsonNode node, Class<T> type, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return json.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw invalid(ex, field);
		}
	}

	private <T> T read(JsonNode node, TypeReference<T> type, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return json.readValue(json.writeValueAsString(node), type);
		}
		catch (JacksonException ex) {
			throw invalid(ex, field);
		}
	}

	/** The rule the value broke when there is one, named by its field. */
	private static InvalidInput invalid(JacksonException ex, String field) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				String detail = problem.getMessage();
				return new InvalidInput(detail.startsWith(field) ? detail : field + ": " + detail);
			}
		}
		return new InvalidInput(field + " has the wrong shape.");
	}

}
