package dev.gridsight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.intents.IntentClassifier;
import dev.gridsight.assistant.internal.intents.IntentClassifiers;
import dev.gridsight.assistant.internal.intents.LeaveOneOut;
import dev.gridsight.bench.WarehouseBenchmark.Client;

/**
 * The built-in assistant's figures of issue 9, in one run against a server in this JVM:
 * the eval CSVs uploaded under their base names, every question of
 * {@code questions-dev.jsonl} asked {@code N} times through {@code POST
 * /api/chat/sessions/{id}/messages} (a new session each time), then the turn time p50/p95
 * as the server recorded it in {@code chat_turns} (read back through
 * {@code GET /api/assistant/turns}), with the command (query) time separated, beside the
 * client's round trip; the ratio of the p95 without the query to the 300 ms target; and
 * the seeded classifier's leave-one-out accuracy (the code path of {@code bench/intents},
 * on the server's own model). Run it with {@code bench/assistant [N]}.
 */
public final class AssistantBenchmark {

	static final double TARGET_MS = 300;

	/** The built-in engine's name in {@code chat_turns.engine}. */
	static final String BUILTIN = "builtin";

	private static final Path EVAL = Path.of("..", "shared", "eval");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AssistantBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path work = Files.createTempDirectory("gridsight-assistant-bench-");
		ConfigurableApplicationContext app = WarehouseBenchmark.startServer(work);
		List<String> lines = new ArrayList<>();
		try {
			Client client = WarehouseBenchmark.signedIn(app);
			for (String name : List.of("home_energy", "restaurant_orders", "restaurant_order_items")) {
				double seconds = WarehouseBenchmark
					.time(() -> client.upload(EVAL.resolve("data").resolve(name + ".csv"), name));
				System.out.printf(Locale.ROOT, "uploaded %s in %.1f s%n", name, seconds);
			}
			leaveOneOut(app, lines);
			turns(client, repeats, lines);
		}
		finally {
			app.close();
			try (Stream<Path> paths = Files.walk(work)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		System.out.println();
		System.out.println("== assistant benchmark ==");
		lines.forEach(System.out::println);
	}

	/** Leave-one-out over the seeded examples, on the classifier the server would use. */
	private static void leaveOneOut(ConfigurableApplicationContext app, List<String> lines) {
		long start = System.nanoTime();
		IntentClassifier seeded = app.getBean(IntentClassifiers.class).forWorkspace(UUID.randomUUID());
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		LeaveOneOut loo = seeded.leaveOneOut();
		lines.add(String.format(Locale.ROOT,
				"classifier leave-one-out accuracy on the seeded examples: %.3f (%d of %d; %s scoring, threshold %.2f;"
						+ " model load + embedding %.1f s)",
				loo.accuracy(), loo.total() - loo.misses().size(), loo.total(), seeded.scoring(), seeded.threshold(),
				loadSeconds));
	}

	private static void turns(Client client, int repeats, List<String> lines) throws Exception {
		List<JsonNode> questions = Files.readAllLines(EVAL.resolve("questions-dev.jsonl"))
			.stream()
			.filter((line) -> !line.isBlank())
			.map(JSON::readTree)
			.toList();
		// the first turn loads the embedding model: asked once, not counted
		String warmUp = session(client);
		if (warmUp == null) {
			lines.add("turn times: not measured, this build has no chat endpoints (POST /api/chat/sessions)");
			return;
		}
		ask(client, warmUp, questions.get(0).path("question").asString());
		Set<String> measured = new HashSet<>();
		List<Double> roundTrips = new ArrayList<>();
		Map<String, Integer> withChart = new HashMap<>();
		for (int run = 0; run < repeats; run++) {
			for (JsonNode question : questions) {
				String session = session(client);
				long start = System.nanoTime();
				JsonNode answer = ask(client, session, question.path("question").asString());
				roundTrips.add((System.nanoTime() - start) / 1e6);
				JsonNode assistant = answer.path("messages").get(answer.path("messages").size() - 1);
				measured.add(assistant.path("turnId").asString());
				if (!assistant.path("charts").isEmpty()) {
					withChart.merge(question.path("id").asString(), 1, Integer::sum);
				}
			}
		}
		List<JsonNode> all = recordedTurns(client, measured);
		Map<String, Long> byEngine = new TreeMap<>();
		all.forEach(
				(t) -> byEngine.merge(t.path("engine").asString() + "/" + t.path("outcome").asString(), 1L, Long::sum));
		List<JsonNode> recorded = all.stream().filter((t) -> BUILTIN.equals(t.path("engine").asString())).toList();
		if (recorded.isEmpty()) {
			lines.add("turn times: not measured, no turn was answered by the built-in engine (engine/outcome: "
					+ byEngine + ")");
			return;
		}
		double[] turn = recorded.stream().mapToDouble((t) -> t.path("latencyMs").asDouble()).toArray();
		double[] command = recorded.stream().mapToDouble((t) -> t.path("commandMs").asDouble()).toArray();
		double[] engine = recorded.stream()
			.mapToDouble((t) -> Math.max(0, t.path("latencyMs").asDouble() - t.path("commandMs").asDouble()))
			.toArray();
		double[] client95 = roundTrips.stream().mapToDouble(Double::doubleValue).toArray();
		lines.add(String.format(Locale.ROOT,
				"turns: %d questions x %d = %d asked, %d answered by the built-in engine (engine/outcome: %s)",
				questions.size(), repeats, measured.size(), recorded.size(), byEngine));
		lines.add(String.format(Locale.ROOT, "questions answered with a chart every time: %d of %d",
				withChart.values().stream().filter((n) -> n == repeats).count(), questions.size()));
		lines.add(percentiles("turn time, server (latency_ms)", turn));
		lines.add(percentiles("  of which commands/queries (command_ms)", command));
		lines.add(percentiles("  without the query (latency_ms - command_ms)", engine));
		lines.add(percentiles("round trip, client (POST .../messages)", client95));
		double p95 = percentile(engine, 95);
		lines.add(String.format(Locale.ROOT, "turn time without the query, p95 / target: %.1f ms / %.0f ms = %.2f (%s)",
				p95, TARGET_MS, p95 / TARGET_MS, p95 < TARGET_MS ? "PASS" : "FAIL"));
	}

	/** A new session, or null when the server has no chat yet. */
	private static String session(Client client) {
		try {
			return JSON.readTree(client.post("/api/chat/sessions", "{}", 201)).path("id").asString();
		}
		catch (IllegalStateException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("404")) {
				return null;
			}
			throw ex;
		}
	}

	private static JsonNode ask(Client client, String session, String question) {
		return JSON.readTree(client.post("/api/chat/sessions/" + session + "/messages",
				JSON.writeValueAsString(Map.of("content", question)), 200));
	}

	/** The measured turns as the server recorded them, read through the analytics API. */
	private static List<JsonNode> recordedTurns(Client client, Set<String> turnIds) {
		List<JsonNode> found = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode result = JSON.readTree(client.getOk("/api/assistant/turns?size=200&page=" + page));
			result.path("items").forEach((turn) -> {
				if (turnIds.contains(turn.path("id").asString())) {
					found.add(turn);
				}
			});
			if ((page + 1) * 200L >= result.path("total").asLong()) {
				return found;
			}
		}
	}

	private static String percentiles(String name, double[] values) {
		if (values.length == 0) {
			return name + ": no turns";
		}
		return String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", name,
				percentile(values, 50), percentile(values, 95), percentile(values, 100), values.length);
	}

	/** Nearest rank, as the analytics API computes it. */
	static double percentile(double[] values, int percent) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

}
