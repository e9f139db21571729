package dev.gridsight.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.chart.ChartSummary;
import dev.gridsight.chart.Charts;
import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.Layout;
import dev.gridsight.dashboard.TabChart;
import dev.gridsight.dashboard.TabData;
import dev.gridsight.dashboard.TabFilter;
import dev.gridsight.dashboard.TabView;
import dev.gridsight.dashboard.Tabs;
import dev.gridsight.dashboard.TextCard;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.identity.UserDirectory;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.Forbidden;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.sharing.ShareGrants;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Tabs of a workspace: viewers read them, editors change them. Every call checks the
 * workspace role afresh, so a member removed from the workspace loses its tabs at once.
 */
@Service
class TabService implements Tabs {

	static final String NOT_FOUND = "No such tab.";

	static final String CHART_NOT_FOUND = "No such chart in this tab's workspace.";

	/** A new chart or card goes below everything, half the grid wide. */
	static final int DEFAULT_WIDTH = 6;

	static final int DEFAULT_HEIGHT = 8;

	private final TabRepository tabs;

	private final Charts charts;

	private final WorkspaceAccess access;

	private final TabDataRunner runner;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Shares of tabs to people: asked only when the user is not a member. */
	private final ObjectProvider<ShareGrants> grants;

	private final UserDirectory users;

	/** How long a deleted tab can be restored ({@code gridsight.dashboard.undo}). */
	private final Duration undo;

	TabService(TabRepository tabs, Charts charts, WorkspaceAccess access, TabDataRunner runner,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<ShareGrants> grants, UserDirectory users,
			@Value("${gridsight.dashboard.undo:30s}") Duration undo) {
		this.grants = grants;
		this.users = users;
		this.tabs = tabs;
		this.charts = charts;
		this.access = access;
		this.runner = runner;
		this.events = events;
		this.clock = clock;
		this.undo = undo;
	}

	/** What a PATCH of a tab changes; a null field (or a false flag) is left as it is. */
	record TabChanges(String name, boolean windowSet, TimeWindow window, List<TabFilter> filters, boolean refreshSet,
			Integer refreshSeconds, Integer position) {
	}

	/** A placement's new layout, or a card's. */
	record LayoutChange(UUID id, Layout layout) {
	}

	/**
	 * How a user reaches a tab: as a member of its workspace ({@code sharedBy} null;
	 * reads use the user's own rights) or through a share of this tab to them (reads use
	 * the sharer's workspace rights, for this tab only).
	 *
	 * @param actor whose workspace rights read the tab's charts
	 */
	record Reach(TabRecord tab, UUID actor, boolean mayEdit, UUID sharedBy) {
	}

	// tabs

	@Transactional
	TabView create(UserAccount user, UUID workspaceId, String name, TimeWindow window) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.EDITOR);
		OffsetDateTime now = now();
		TabRecord tab = new TabRecord(UUID.randomUUID(), workspace, TabRules.name(name), tabs.nextPosition(workspace),
				TabRules.window(window, "window"), List.of(), null, now, now, null);
		tabs.insert(tab, user.id());
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_created", "tab", tab.id(), tab.name()));
		return get(user, tab.id());
	}

	@Override
	public TabView create(UserAccount user, UUID workspaceId, String name) {
		return create(user, workspaceId, name, null);
	}

	@Override
	public List<TabRef> list(UserAccount user, UUID workspaceId) {
		return list(user, workspaceId, new PageQuery(0, PageQuery.MAX_SIZE)).items()
			.stream()
			.map(tab -> new TabRef(tab.id(), tab.name()))
			.toList();
	}

	@Override
	public TabView pin(UserAccount user, UUID tabId, UUID chartId) {
		return pin(user, tabId, chartId, null, null);
	}

	@Override
	public TabView setWindow(UserAccount user, UUID tabId, TimeWindow window) {
		return update(user, tabId, new TabChanges(null, true, window, null, false, null, null));
	}

	@Override
	public TabView setFilter(UserAccount user, UUID tabId, TabFilter filter) {
		TabRecord tab = editable(tabId, user.id()).tab();
		List<TabFilter> filters = new ArrayList<>(
				tab.filters().stream().filter(existing -> !existing.column().equals(filter.column())).toList());
		filters.add(filter);
		return update(user, tabId, new TabChanges(null, false, null, filters, false, null, null));
	}

	PageResult<TabRecord> list(UserAccount user, UUID workspaceId, PageQuery page) {
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return new PageResult<>(tabs.page(workspace, page), page.page(), page.size(), tabs.count(workspace));
	}

	@Override
	public TabView readable(UUID tabId, UUID userId) {
		return view(reach(tabId, userId, false));
	}

	/** The tab as its page shows it: for members, and for people it was shared with. */
	TabView get(UserAccount user, UUID tabId) {
		return view(reach(tabId, user.id(), true));
	}

	/** The tabs shared with the user (not through membership), by share. */
	List<TabView> sharedWith(UserAccount user) {
		ShareGrants shares = grants.getIfAvailable();
		if (shares == null) {
			return List.of();
		}
		List<TabView> shared = new ArrayList<>();
		for (ShareGrants.Grant grant : shares.sharedWith(TabShareTarget.TYPE, user.id())) {
			Optional<TabRecord> tab = tabs.find(grant.targetId());
			if (tab.isPresent() && !isMember(tab.get().workspaceId(), user.id())) {
				shared.add(view(new Reach(tab.get(), grant.grantorId(), grant.edit(), grant.grantorId())));
			}
		}
		return shared;
	}

	@Transactional
	TabView update(UserAccount user, UUID tabId, TabChanges changes) {
		Reach reach = editable(tabId, user.id());
		TabRecord tab = reach.tab();
		if (changes.position() != null && reach.sharedBy() != null) {
			throw new Forbidden("Only members of the workspace reorder its tabs.");
		}
		String name = changes.name() == null ? tab.name() : TabRules.name(changes.name());
		TimeWindow window = changes.windowSet() ? TabRules.window(changes.window(), "window") : tab.window();
		Integer refresh = changes.refreshSet() ? TabRules.refreshSeconds(changes.refreshSeconds())
				: tab.refreshSeconds();
		List<TabFilter> filters = tab.filters();
		if (changes.filters() != null) {
			filters = checkedFilters(tab, changes.filters(), reach.actor());
		}
		TabRecord changed = tab.with(name, window, filters, refresh, now());
		tabs.update(changed);
		if (changes.position() != null) {
			move(tab, changes.position());
		}
		if (!name.equals(tab.name())) {
			events.publishEvent(
					AuditEvent.of(user.id(), user.email(), "tab_renamed", "tab", tab.id(), tab.name() + " -> " + name));
		}
		if (!filters.equals(tab.filters())) {
			events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_filters_changed", "tab", tab.id(),
					filters.stream().map(TabFilter::column).toList().toString()));
		}
		return get(user, tabId);
	}

	/**
	 * Soft delete: the tab disappears at once and can be restored for the undo window;
	 * tabs deleted longer ago are purged now.
	 */
	@Transactional
	void delete(UserAccount user, UUID tabId) {
		TabRecord tab = editableByMember(tabId, user.id());
		OffsetDateTime now = now();
		tabs.markDeleted(tab.id(), now);
		tabs.purgeDeletedBefore(now.minus(undo));
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_deleted", "tab", tab.id(), tab.name()));
	}

	@Transactional
	TabView restore(UserAccount user, UUID tabId) {
		TabRecord tab = tabs.findIncludingDeleted(tabId).orElseThrow(() -> new NotFound(NOT_FOUND));
		requireEditor(tab, user.id());
		if (tab.deletedAt() == null) {
			return get(user, tabId);
		}
		if (tab.deletedAt().plus(undo).isBefore(now())) {
			// past its undo window a deleted tab is gone, whether purged yet or not
			throw new NotFound(NOT_FOUND);
		}
		tabs.restore(tab.id(), tabs.nextPosition(tab.workspaceId()));
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_restored", "tab", tab.id(), tab.name()));
		return get(user, tabId);
	}

	@Transactional
	TabView duplicate(UserAccount user, UUID tabId) {
		TabRecord tab = editableByMember(tabId, user.id());
		OffsetDateTime now = now();
		String name = tab.name() + " (copy)";
		TabRecord copy = new TabRecord(UUID.randomUUID(), tab.workspaceId(),
				name.length() > TabRules.MAX_NAME ? name.substring(0, TabRules.MAX_NAME) : name,
				tabs.nextPosition(tab.workspaceId()), tab.window(), tab.filters(), tab.refreshSeconds(), now, now,
				null);
		tabs.insert(copy, user.id());
		for (Placement placement : tabs.placements(tab.id())) {
			tabs.insert(new Placement(copy.id(), placement.chartId(), placement.layout(), placement.window(),
					placement.position()));
		}
		for (CardRecord card : tabs.cards(tab.id())) {
			tabs.insert(new CardRecord(UUID.randomUUID(), copy.id(), card.markdown(), card.layout(), card.position(),
					now, now));
		}
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_duplicated", "tab", copy.id(),
				copy.name() + " from " + tab.id()));
		return get(user, copy.id());
	}

	// placements

	@Transactional
	TabView pin(UserAccount user, UUID tabId, UUID chartId, Layout layout, TimeWindow window) {
		TabRecord tab = editableByMember(tabId, user.id());
		if (chartId == null) {
			throw new InvalidInput("chartId is required.");
		}
		ChartSummary chart = chartOfWorkspace(chartId, tab, user.id());
		if (tabs.placement(tab.id(), chart.id()).isPresent()) {
			throw new Conflict("The chart is already on this tab.");
		}
		charts.keep(chart.id(), user);
		List<Placement> placements = tabs.placements(tab.id());
		tabs.insert(new Placement(tab.id(), chart.id(), layout == null ? below(tab.id(), placements) : layout,
				TabRules.window(window, "window"),
				placements.stream().mapToInt(Placement::position).max().orElse(-1) + 1));
		events.publishEvent(AuditEvent.of(user.id(), user.email(), "tab_chart_pinned", "tab", tab.id(),
				chart.title() + " (" + chart.id() + ")"));
		return get(user, tabId);
	}

	@Transactional
	TabView updatePlacement(UserAccount user, UUID tabId, UUID chartId, Layout layout, boolean windowSet,
			TimeWindow window) {
		TabRecord tab = editable(tabId, user.id()).tab();
		Placement placement = tabs.placement(tab.id(), chartId)
			.orElseThrow(() -> new NotFound("No such chart on this tab."));
		tabs.update(new Placement(tab.id(), chartId, layout == null ? placement.layout() : layout,
				windowSet ? TabRules.window(window, "window") : placement.window(), placement.position()));
		return get(user, tabId);
	}

	@Transactional
	void unpin(UserAccount user, UUID tabId, UUID chartId) {
		TabRecord tab = editable(tabId, user.id()).tab();
		tabs.placement(tab.id(), chartId).orElseThrow(() -> new NotFound("No such chart on this tab."));
		tabs.deletePlacement(tab.id(), chartId);
		events.publishEvent(
				AuditEvent.of(user.id(), user.email(), "tab_chart_removed", "tab", tab.id(), chartId.toString()));
	}

	/**
	 * Every placement's layout in one change (a drag on the grid moves several); ids not
	 * on the tab are refused before anything is saved.
	 */
	@Transactional
	TabView layout(UserAccount user, UUID tabId, List<LayoutChange> chartLayouts, List<LayoutChange> cardLayouts) {
		TabRecord tab = editable(tabId, user.id()).tab();
		Map<UUID, Placement> placements = new LinkedHashMap<>();
		tabs.placements(tab.id()).forEach(placement -> placements.put(placement.chartId(), placement));
		Map<UUID, CardRecord> cards = new LinkedHashMap<>();
		tabs.cards(tab.id()).forEach(card -> cards.put(card.id(), card));
		List<LayoutChange> chartChanges = chartLayouts == null ? List.of() : chartLayouts;
		List<LayoutChange> cardChanges = cardLayouts == null ? List.of() : cardLayouts;
		for (int i = 0; i < chartChanges.size(); i++) {
			LayoutChange change = chartChanges.get(i);
			if (change == null || change.id() == null || !placements.containsKey(change.id())) {
				throw new InvalidInput("charts[" + i + "].chartId is not a chart on this tab.");
			}
			if (change.layout() == null) {
				throw new InvalidInput("charts[" + i + "].layout is required.");
			}
		}
		for (int i = 0; i < cardChanges.size(); i++) {
			LayoutChange change = cardChanges.get(i);
			if (change == null || change.id() == null || !cards.containsKey(change.id())) {
				throw new InvalidInput("cards[" + i + "].id is not a card on this tab.");
			}
			if (change.layout() == null) {
				throw new InvalidInput("cards[" + i + "].layout is required.");
			}
		}
		OffsetDateTime now = now();
		for (LayoutChange change : chartChanges) {
			Placement placement = placements.get(change.id());
			tabs.update(new Placement(tab.id(), placement.chartId(), change.layout(), placement.window(),
					placement.position()));
		}
		for (LayoutChange change : cardChanges) {
			CardRecord card = cards.get(change.id());
			tabs.update(new CardRecord(card.id(), card.tabId(), card.markdown(), change.layout(), card.position(),
					card.createdAt(), now));
		}
		return get(user, tabId);
	}

	// cards

	@Transactional
	TextCard addCard(UserAccount user, UUID tabId, String markdown, Layout layout) {
		TabRecord tab = editable(tabId, user.id()).tab();
		String text = TabRules.markdown(markdown);
		List<CardRecord> existing = tabs.cards(tab.id());
		OffsetDateTime now = now();
		CardRecord card = new CardRecord(UUID.randomUUID(), tab.id(), text,
				layout == null ? below(tab.id(), tabs.placements(tab.id())) : layout,
				existing.stream().mapToInt(CardRecord::position).max().orElse(-1) + 1, now, now);
		tabs.insert(card);
		return new TextCard(card.id(), card.markdown(), card.layout());
	}

	@Transactional
	TextCard updateCard(UserAccount user, UUID tabId, UUID cardId, String markdown, Layout layout) {
		TabRecord tab = editable(tabId, user.id()).tab();
		CardRecord card = tabs.card(tab.id(), cardId).orElseThrow(() -> new NotFound("No such card on this tab."));
		CardRecord changed = new CardRecord(card.id(), card.tabId(),
				markdown == null ? card.markdown() : TabRules.markdown(markdown),
				layout == null ? card.layout() : layout, card.position(), card.createdAt(), now());
		tabs.update(changed);
		return new TextCard(changed.id(), changed.markdown(), changed.layout());
	}

	@Transactional
	void deleteCard(UserAccount user, UUID tabId, UUID cardId) {
		TabRecord tab = editable(tabId, user.id()).tab();
		tabs.card(tab.id(), cardId).orElseThrow(() -> new NotFound("No such card on this tab."));
		tabs.deleteCard(cardId);
	}

	// data

	@Override
	public TabData data(UUID tabId, UUID userId, String window, Map<String, List<String>> filterValues,
			Integer points) {
		return data(reach(tabId, userId, false), window, filterValues, points);
	}

	/** The tab's data for its page: members, and people it was shared with. */
	TabData data(UserAccount user, UUID tabId, String window, Map<String, List<String>> filterValues, Integer points) {
		return data(reach(tabId, user.id(), true), window, filterValues, points);
	}

	private TabData data(Reach reach, String window, Map<String, List<String>> filterValues, Integer points) {
		TabRecord tab = reach.tab();
		UUID userId = reach.actor();
		// everything the request says is checked before any chart runs: a bad window is
		// the request's fault, not one chart's
		int budget = charts.points(points);
		Charts.WindowChoice urlWindow = window == null || window.isBlank() ? null : charts.window(window);
		if (urlWindow != null) {
			TabRules.window(urlWindow.window(), "window");
		}
		List<Placement> placements = tabs.placements(tab.id());
		List<Charts.ExtraFilter> filters = filtersInForce(tab, placements, filterValues, userId);
		List<TabDataRunner.ChartRequest> requests = new ArrayList<>();
		for (Placement placement : placements) {
			Charts.WindowChoice choice;
			String source;
			if (placement.window() != null) {
				choice = Charts.WindowChoice.of(placement.window());
				source = "chart";
			}
			else if (urlWindow != null) {
				choice = urlWindow;
				source = "url";
			}
			else if (tab.window() != null) {
				choice = Charts.WindowChoice.of(tab.window());
				source = "tab";
			}
			else {
				choice = Charts.WindowChoice.INHERIT;
				source = "query";
			}
			requests.add(new TabDataRunner.ChartRequest(placement.chartId(), choice, source));
		}
		return new TabData(runner.run(userId, requests, budget, filters));
	}

	/**
	 * The stored filters with the URL's values in their place; a URL filter on a column
	 * the tab does not define is applied as well, if some chart on the tab has it.
	 */
	private List<Charts.ExtraFilter> filtersInForce(TabRecord tab, List<Placement> placements,
			Map<String, List<String>> filterValues, UUID userId) {
		Map<String, List<Object>> inForce = new LinkedHashMap<>();
		tab.filters().forEach(filter -> inForce.put(filter.column(), filter.values()));
		Map<String, List<String>> fromUrl = filterValues == null ? Map.of() : filterValues;
		Set<String> undefined = new HashSet<>(fromUrl.keySet());
		undefined.removeAll(inForce.keySet());
		if (!undefined.isEmpty()) {
			Set<String> known = columnsOnTab(placements, userId);
			for (String column : fromUrl.keySet().stream().sorted().toList()) {
				if (undefined.contains(column) && !known.contains(column)) {
					throw new InvalidInput(
							"filter." + column + ": no chart on this tab has a column '" + column + "'.");
				}
			}
		}
		fromUrl.forEach((column, values) -> inForce.put(column, new TabFilter(column, List.copyOf(values)).values()));
		return inForce.entrySet()
			.stream()
			.map(entry -> new Charts.ExtraFilter(entry.getKey(), entry.getValue()))
			.toList();
	}

	private List<TabFilter> checkedFilters(TabRecord tab, List<TabFilter> filters, UUID userId) {
		Set<String> seen = new HashSet<>();
		Set<String> known = null;
		for (int i = 0; i < filters.size(); i++) {
			TabFilter filter = filters.get(i);
			if (filter == null) {
				throw new InvalidInput("filters[" + i + "] is empty.");
			}
			if (!seen.add(filter.column())) {
				throw new InvalidInput("filters[" + i + "].column '" + filter.column() + "' appears twice.");
			}
			if (known == null) {
				known = columnsOnTab(tabs.placements(tab.id()), userId);
			}
			if (!known.contains(filter.column())) {
				throw new InvalidInput(
						"filters[" + i + "].column: no chart on this tab has a column '" + filter.column() + "'.");
			}
		}
		return List.copyOf(filters);
	}

	private Set<String> columnsOnTab(List<Placement> placements, UUID userId) {
		Set<String> columns = new HashSet<>();
		for (Placement placement : placements) {
			columns.addAll(charts.filterableColumns(placement.chartId(), userId));
		}
		return columns;
	}

	// helpers

	private Reach reach(UUID tabId, UUID userId, boolean viaShares) {
		TabRecord tab = tabs.find(tabId).orElseThrow(() -> new NotFound(NOT_FOUND));
		try {
			WorkspaceRole role = access.require(tab.workspaceId(), userId, WorkspaceRole.VIEWER);
			return new Reach(tab, userId, role.atLeast(WorkspaceRole.EDITOR), null);
		}
		catch (NotFound ex) {
			ShareGrants shares = viaShares ? grants.getIfAvailable() : null;
			if (shares != null) {
				Optional<UUID> editor = shares.grantor(TabShareTarget.TYPE, tabId, userId, true);
				if (editor.isPresent()) {
					return new Reach(tab, editor.get(), true, editor.get());
				}
				Optional<UUID> viewer = shares.grantor(TabShareTarget.TYPE, tabId, userId, false);
				if (viewer.isPresent()) {
					return new Reach(tab, viewer.get(), false, viewer.get());
				}
			}
			throw new NotFound(NOT_FOUND);
		}
	}

	/**
	 * A tab the user may change: an editor of its workspace, or someone it was shared
	 * with for editing (who changes its layout, windows, filters and cards, but not which
	 * charts are on it, nor deletes it).
	 */
	private Reach editable(UUID tabId, UUID userId) {
		Reach reach = reach(tabId, userId, true);
		if (!reach.mayEdit()) {
			throw new Forbidden(
					reach.sharedBy() == null ? "This needs the editor role in the workspace; you are a viewer."
							: "This tab was shared with you to view, not to change.");
		}
		return reach;
	}

	private boolean isMember(UUID workspaceId, UUID userId) {
		try {
			access.require(workspaceId, userId, WorkspaceRole.VIEWER);
			return true;
		}
		catch (NotFound ex) {
			return false;
		}
	}

	/**
	 * A tab a member may change: what only members do (pin, duplicate, delete) never goes
	 * through a share.
	 */
	private TabRecord editableByMember(UUID tabId, UUID userId) {
		TabRecord tab = tabs.find(tabId).orElseThrow(() -> new NotFound(NOT_FOUND));
		requireEditor(tab, userId);
		return tab;
	}

	private void requireEditor(TabRecord tab, UUID userId) {
		try {
			access.require(tab.workspaceId(), userId, WorkspaceRole.EDITOR);
		}
		catch (NotFound ex) {
			throw new NotFound(NOT_FOUND);
		}
	}

	private ChartSummary chartOfWorkspace(UUID chartId, TabRecord tab, UUID userId) {
		ChartSummary chart;
		try {
			chart = charts.readable(chartId, userId);
		}
		catch (NotFound ex) {
			throw new NotFound(CHART_NOT_FOUND);
		}
		if (!chart.workspaceId().equals(tab.workspaceId())) {
			throw new NotFound(CHART_NOT_FOUND);
		}
		return chart;
	}

	/** Moves the tab to {@code position} in its workspace's order (clamped). */
	private void move(TabRecord tab, int position) {
		List<UUID> order = new ArrayList<>(tabs.order(tab.workspaceId()));
		order.remove(tab.id());
		order.add(Math.max(0, Math.min(position, order.size())), tab.id());
		for (int i = 0; i < order.size(); i++) {
			tabs.setPosition(order.get(i), i);
		}
	}

	private Layout below(UUID tabId, List<Placement> placements) {
		int bottom = Stream
			.concat(placements.stream().map(Placement::layout), tabs.cards(tabId).stream().map(CardRecord::layout))
			.mapToInt(Layout::bottom)
			.max()
			.orElse(0);
		return new Layout(0, Math.min(bottom, Layout.MAX_Y), DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	private TabView view(Reach reach) {
		TabRecord tab = reach.tab();
		List<TabChart> placed = new ArrayList<>();
		for (Placement placement : tabs.placements(tab.id())) {
			Optional<ChartSummary> chart = summary(placement.chartId(), reach.actor());
			chart.ifPresent(summary -> placed.add(new TabChart(summary.id(), summary.title(), summary.visual(),
					placement.layout(), placement.window())));
		}
		List<TextCard> cards = tabs.cards(tab.id())
			.stream()
			.map(card -> new TextCard(card.id(), card.markdown(), card.layout()))
			.toList();
		TabView.SharedBy sharedBy = reach.sharedBy() == null ? null : new TabView.SharedBy(reach.sharedBy(),
				users.findById(reach.sharedBy()).map(UserAccount::email).orElse(null));
		return new TabView(tab.id(), tab.workspaceId(), tab.name(), tab.position(), tab.window(), tab.filters(),
				tab.refreshSeconds(), placed, cards, tab.createdAt(), tab.updatedAt(),
				reach.mayEdit() ? "edit" : "view", sharedBy);
	}

	private Optional<ChartSummary> summary(UUID chartId, UUID userId) {
		try {
			return Optional.of(charts.readable(chartId, userId));
		}
		catch (NotFound ex) {
			// the chart is deleted with its placements; a race with that delete shows the
			// tab without it
			return Optional.empty();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
