package dev.gridsight.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.bench.WarehouseBenchmark.Client;
import dev.gridsight.bench.WarehouseBenchmark.TabLatency;

/**
 * The dashboard figures of issue 8 on the meter dataset, each beside its target and
 * measured in the same run: the server time of a tab of 12 charts (cold, warm p95 &lt;
 * 150 ms, {@link WarehouseBenchmark#tabLatency}), the browser time from navigation to the
 * 12th chart drawn (p95 &lt; 2 s), the time from an append's response to the open chart
 * showing the new point (p95 &lt; 1 s), both by {@code bench/dashboard-browser.mjs} in
 * headless Chromium, and the initial JavaScript without Plotly ({@code npm run size},
 * &lt; 150 KB gzip). Run it with {@code bench/dashboard [rows]}, which builds the web app
 * first: the server here serves {@code target/classes/static}.
 */
public final class DashboardBenchmark {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private DashboardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
		if (!Files.exists(ROOT.resolve("target/classes/static/index.html"))) {
			throw new IllegalStateException(
					"no web app in target/classes/static: run bench/dashboard, which builds it");
		}
		Path work = Files.createTempDirectory("gridsight-dashboard-bench-");
		try {
			run(work, rows);
		}
		finally {
			try (Stream<Path> paths = Files.walk(work)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void run(Path work, long rows) throws Exception {
		Path csv = work.resolve("meters.csv");
		WarehouseBenchmark.writeMeterCsv(csv, rows);
		List<String> lines = new ArrayList<>();
		ConfigurableApplicationContext app = WarehouseBenchmark.startServer(work);
		try {
			Client client = WarehouseBenchmark.signedIn(app);
			double loading = WarehouseBenchmark.time(() -> client.uploadRaw(csv, "meters"));
			System.out.printf(Locale.ROOT, "Loaded %,d rows through POST /api/datasets in %.1f s%n", rows, loading);
			lines.add(String.format(Locale.ROOT, "rows: %,d (loaded through POST /api/datasets in %.1f s)", rows,
					loading));

			// a month, as a dashboard is usually opened; the server figure asks its own
			// windows
			String tab = WarehouseBenchmark.twelveChartTab(client, "meters",
					"{\"name\": \"bench\", \"window\": {\"last\": \"P30D\"}}");
			String serverLoad = load();
			TabLatency server = WarehouseBenchmark.tabLatency(client, tab);
			lines.add(figure("server, tab of 12 charts, cold", server.cold() * 1000, "ms", null));
			lines.add(figure("server, tab of 12 charts, warm p95", server.warmP95() * 1000, "ms", 150.0) + "   [load "
					+ serverLoad + "]");

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String empty = client.createTab("{\"name\": \"empty\"}");
			JsonNode browser = browser("http://127.0.0.1:" + port, tab, empty, client.datasetId("meters"));
			lines.add(figure("browser, navigation to 12 charts drawn, median", browser.path("loadMedianMs").asDouble(),
					"ms", null) + loadsNote(browser));
			lines.add(figure("browser, navigation to 12 charts drawn, p95", browser.path("loadP95Ms").asDouble(), "ms",
					2000.0) + loadNote(browser.path("loadAverage").asDouble()));
			JsonNode phases = browser.path("loadBreakdownMs");
			lines.add(String.format(Locale.ROOT,
					"  of which (medians from navigation start): tab data arrived at %.0f ms, Plotly's chunk at %.0f ms",
					phases.path("tabData").asDouble(), phases.path("plotly").asDouble()));
			double emptyTab = browser.path("emptyTabMedianMs").asDouble();
			lines.add(String.format(Locale.ROOT,
					"  for scale, same run: navigation to an empty tab, median %.0f ms; 12 charts take %.2f× that",
					emptyTab, browser.path("loadMedianMs").asDouble() / emptyTab));
			lines.add(figure("freshness, append response to point drawn, median",
					browser.path("freshnessMedianMs").asDouble(), "ms", null)
					+ String.format(Locale.ROOT, "   (%d appends)", browser.path("appends").asInt()));
			JsonNode refetch = browser.path("freshnessBreakdownMs");
			lines.add(String.format(Locale.ROOT,
					"  of which (medians from the append's response, %d appends with a refetch seen): "
							+ "tab data asked again at %.0f ms, answered at %.0f ms, the rest is drawing",
					refetch.path("refetches").asInt(), refetch.path("refetchStart").asDouble(),
					refetch.path("refetchEnd").asDouble()));
			lines
				.add(figure("freshness, append response to point drawn, p95", browser.path("freshnessP95Ms").asDouble(),
						"ms", 1000.0) + loadNote(browser.path("appendLoadAverage").asDouble()));
		}
		finally {
			app.close();
		}
		lines.add(figure("initial JS without Plotly", initialJsKb(), "KB gzip", 150.0));

		System.out.println();
		System.out.println(
				"Dashboard benchmark (issue 8), measured in this run on " + Runtime.getRuntime().availableProcessors()
						+ " cores; [load …]: the 1-minute load average as the figure's measurement started");
		lines.forEach(System.out::println);
	}

	private static String loadsNote(JsonNode browser) {
		return String.format(Locale.ROOT, "   (%d loads after a warm-up of %.0f ms)", browser.path("loads").asInt(),
				browser.path("warmupMs").asDouble());
	}

	/** {@code name: value unit (target < t, PASS|FAIL)}; no target, no verdict. */
	static String figure(String name, double value, String unit, Double target) {
		String shown = String.format(Locale.ROOT, "%s: %.1f %s", name, value, unit);
		if (target == null) {
			return shown;
		}
		return String.format(Locale.ROOT, "%s (target < %.0f %s, %s)", shown, target, unit,
				value < target ? "PASS" : "FAIL");
	}

	/**
	 * Runs the browser half in headless Chromium; its progress goes to our stderr, its
	 * last stdout line is a JSON object of figures.
	 */
	private static JsonNode browser(String baseUrl, String tab, String emptyTab, String dataset) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("node", ROOT.resolve("bench/dashboard-browser.mjs").toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("BENCH_BASE_URL", baseUrl);
		builder.environment().put("BENCH_TAB_ID", tab);
		builder.environment().put("BENCH_EMPTY_TAB_ID", emptyTab);
		builder.environment().put("BENCH_DATASET_ID", dataset);
		builder.environment().put("BENCH_EMAIL", WarehouseBenchmark.ADMIN_EMAIL);
		builder.environment().put("BENCH_PASSWORD", WarehouseBenchmark.ADMIN_PASSWORD);
		String last = null;
		Process process = builder.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				System.out.println("  [browser] " + line);
				last = line;
			}
		}
		if (process.waitFor() != 0 || last == null) {
			throw new IllegalStateException("bench/dashboard-browser.mjs failed (exit " + process.exitValue() + ")");
		}
		return JsonMapper.builder().build().readTree(last);
	}

	/**
	 * The gzipped initial JS as {@code npm run size} counts it (web/dist must be built).
	 */
	private static double initialJsKb() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("npm", "run", "--silent", "size").directory(ROOT.resolve("web").toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			System.out.println(output);
		}
		Matcher total = Pattern.compile("initial JS: ([0-9.]+) KB gzip").matcher(output);
		if (!total.find()) {
			throw new IllegalStateException("npm run size printed no total:\n" + output);
		}
		return Double.parseDouble(total.group(1));
	}

	private static String loadNote(double load) {
		return String.format(Locale.ROOT, "   [load %.2f]", load);
	}

	/** The 1-minute load average: the machine is shared, and figures move with it. */
	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
