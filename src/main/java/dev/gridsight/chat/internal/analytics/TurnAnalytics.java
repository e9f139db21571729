package dev.gridsight.chat.internal.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceAccess;
import dev.gridsight.workspace.WorkspaceRole;

/**
 * Assistant analytics over {@code chat_turns}. Who sees what: a workspace's owner sees
 * every member's turns; any other member sees only the turns of their own sessions, in
 * the figures and in the turn list alike, so a count always matches the list it links to
 * and nobody but the owner reads another member's messages. Days are UTC days.
 */
@Service
class TurnAnalytics {

	/**
	 * The figures read at most this many turns of a window, the newest; beyond it they
	 * say they are truncated.
	 */
	static final int MAX_TURNS = 100_000;

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	static final Set<String> OUTCOMES = Set.of("answered", "question", "fallback", "confirmation", "error", "stopped");

	private final TurnRepository turns;

	private final WorkspaceAccess access;

	private final Clock clock;

	TurnAnalytics(TurnRepository turns, WorkspaceAccess access, Clock clock) {
		this.turns = turns;
		this.access = access;
		this.clock = clock;
	}

	record DayCount(LocalDate day, long turns) {
	}

	record IntentCount(String intent, long turns) {
	}

	/** Nearest-rank percentiles in milliseconds; null when there are no turns. */
	record Percentiles(Double p50, Double p95, Double p99, int count) {

		static Percentiles of(double[] values) {
			if (values.length == 0) {
				return new Percentiles(null, null, null, 0);
			}
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.length);
		}

		private static double rank(double[] sorted, int percent) {
			int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, index)];
		}

	}

	/**
	 * @param scope {@code workspace} (the owner: every member's turns) or {@code own}
	 * @param truncated whether the window held more than {@link #MAX_TURNS} turns and
	 * only the newest were read
	 * @param latency the whole turn, as the user waited for it
	 * @param engineLatency the turn without its commands' time (queries, actions)
	 */
	record Report(LocalDate from, LocalDate to, String scope, long turns, boolean truncated, List<DayCount> turnsPerDay,
			List<IntentCount> intents, Double fallbackRate, Double clarificationRate, long commandErrors,
			long turnsWithCommandErrors, Percentiles latency, Percentiles engineLatency) {
	}

	/**
	 * One turn as the list shows it.
	 *
	 * @param own whether the caller's session (only then does /chat?session= open it)
	 */
	record Turn(UUID id, UUID sessionId, boolean own, String engine, String content, String intent, Double intentScore,
			String outcome, int commandErrors, double latencyMs, double commandMs, OffsetDateTime createdAt) {
	}

	/** The window of days asked for, both ends included. */
	record Days(LocalDate from, LocalDate to) {

		Instant start() {
			return from.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		Instant end() {
			return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}

	}

	Report report(UserAccount user, UUID workspaceId, String from, String to) {
		UUID workspace = workspace(user, workspaceId);
		UUID only = scope(user, workspace);
		Days days = days(from, to);
		List<TurnRepository.TurnFigures> rows = turns
			.figures(new TurnFilter(workspace, only, days.start(), days.end(), null, null, false), MAX_TURNS + 1);
		boolean truncated = rows.size() > MAX_TURNS;
		if (truncated) {
			rows = rows.subList(0, MAX_TURNS);
		}
		Map<LocalDate, Long> perDay = new TreeMap<>();
		for (LocalDate day = days.from(); !day.isAfter(days.to()); day = day.plusDays(1)) {
			perDay.put(day, 0L);
		}
		Map<String, Long> perIntent = new LinkedHashMap<>();
		long fallbacks = 0;
		long questions = 0;
		long commandErrors = 0;
		long turnsWithErrors = 0;
		double[] latency = new double[rows.size()];
		double[] engine = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			TurnRepository.TurnFigures row = rows.get(i);
			perDay.merge(row.createdAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum);
			perIntent.merge(row.intent() == null ? TurnFilter.NO_INTENT : row.intent(), 1L, Long::sum);
			fallbacks += "fallback".equals(row.outcome()) ? 1 : 0;
			questions += "question".equals(row.outcome()) ? 1 : 0;
			commandErrors += row.commandErrors();
			turnsWithErrors += row.commandErrors() > 0 ? 1 : 0;
			latency[i] = row.latencyMs();
			engine[i] = Math.max(0, row.latencyMs() - row.commandMs());
		}
		int total = rows.size();
		List<IntentCount> intents = perIntent.entrySet()
			.stream()
			.map((entry) -> new IntentCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(IntentCount::turns).reversed().thenComparing(IntentCount::intent))
			.toList();
		return new Report(days.from(), days.to(), only == null ? "workspace" : "own", total, truncated,
				perDay.entrySet().stream().map((entry) -> new DayCount(entry.getKey(), entry.getValue())).toList(),
				intents, rate(fallbacks, total), rate(questions, total), commandErrors, turnsWithErrors,
				Percentiles.of(latency), Percentiles.of(engine));
	}

	/**
	 * @param day one UTC day instead of the window
	 * @param sort {@code recent} (default) or {@code slowest}
	 */
	PageResult<Turn> list(UserAccount user, UUID workspaceId, String from, String to, String day, String intent,
			String outcome, boolean withCommandErrors, String sort, PageQuery page) {
		UUID workspace = workspace(user, workspaceId);
		UUID only = scope(user, workspace);
		Days days = (day == null || day.isBlank()) ? days(from, to) : new Days(date(day, "day"), date(day, "day"));
		if (outcome != null && !outcome.isBlank() && !OUTCOMES.contains(outcome)) {
			throw new InvalidInput("outcome must be one of answered, question, fallback, confirmation, error, stopped");
		}
		if (intent != null && intent.length() > 100) {
			throw new InvalidInput("intent is at most 100 characters");
		}
		TurnRepository.Order order = switch (sort == null ? "recent" : sort) {
			case "recent" -> TurnRepository.Order.RECENT;
			case "slowest" -> TurnRepository.Order.SLOWEST;
			default -> throw new InvalidInput("sort must be 'recent' or 'slowest'");
		};
		TurnFilter filter = new TurnFilter(workspace, only, days.start(), days.end(), blankToNull(intent),
				blankToNull(outcome), withCommandErrors);
		List<Turn> items = turns.page(filter, order, page)
			.stream()
			.map((row) -> new Turn(row.id(), row.sessionId(), row.userId().equals(user.id()), row.engine(),
					row.content(), row.intent(), row.intentScore(), row.outcome(), row.commandErrors(), row.latencyMs(),
					row.commandMs(), row.createdAt()))
			.toList();
		return new PageResult<>(items, page.page(), page.size(), turns.count(filter));
	}

	/** Null for the owner (every turn of the workspace), else the caller's own id. */
	private UUID scope(UserAccount user, UUID workspace) {
		WorkspaceRole role = access.require(workspace, user.id(), WorkspaceRole.VIEWER);
		return role == WorkspaceRole.OWNER ? null : user.id();
	}

	private Days days(String from, String to) {
		LocalDate last = (to == null || to.isBlank()) ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date(to, "to");
		LocalDate first = (from == null || from.isBlank()) ? last.minusDays(DEFAULT_DAYS - 1) : date(from, "from");
		if (first.isAfter(last)) {
			throw new InvalidInput("from must not be after to");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInput("a window is at most " + MAX_DAYS + " days");
		}
		return new Days(first, last);
	}

	private static LocalDate date(String text, String name) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(name + " must be a date like 2026-03-01, not '" + text + "'");
		}
	}

	private static Double rate(long part, long total) {
		return total == 0 ? null : part / (double) total;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static UUID workspace(UserAccount user, UUID workspaceId) {
		return workspaceId == null ? user.personalWorkspaceId() : workspaceId;
	}

}
