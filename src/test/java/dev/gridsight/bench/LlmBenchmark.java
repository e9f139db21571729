package dev.gridsight.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.ApiClient;
import dev.gridsight.GridsightApplication;
import dev.gridsight.assistant.internal.llm.EngineLoad;
import dev.gridsight.assistant.internal.llm.ScriptedOpenAiServer;
import dev.gridsight.assistant.internal.llm.ScriptedOpenAiServer.Reply;
import dev.gridsight.assistant.internal.models.ModelEndpoints;

/**
 * The LLM engine's streaming figures of issue 11, in one run: a scripted
 * OpenAI-compatible server streams {@code N} tokens an answer (each token is the
 * {@code System.nanoTime()} at which the server wrote it) to a Gridsight server in this
 * JVM; {@code S} sessions (default 100) ask at once, each listening on its session's
 * STOMP topic as the web app does, and every token's latency is its arrival at the
 * subscriber minus its writing by the scripted server. The baseline, in the same run, is
 * {@code S} plain SSE clients reading the scripted server directly; the difference is
 * what Gridsight adds per token. Then the heap per open streaming session. Run it with
 * {@code bench/llm [tokens] [sessions]}.
 */
public final class LlmBenchmark {

	static final double TARGET_P95_MS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LlmBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		Duration gap = Duration.ofMillis(20);
		Path work = Files.createTempDirectory("gridsight-llm-bench-");
		List<String> lines = new ArrayList<>();
		try (ScriptedOpenAiServer model = ScriptedOpenAiServer.start()) {
			model.fallback(Reply.stamped(tokens, gap));
			ConfigurableApplicationContext app = start(work, model);
			try {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				ApiClient client = new ApiClient(port);
				client.loginOk(WarehouseBenchmark.ADMIN_EMAIL, WarehouseBenchmark.ADMIN_PASSWORD);
				List<String> ids = new ArrayList<>();
				for (int i = 0; i < sessions; i++) {
					ids.add(session(client));
				}
				// warm both paths (JIT, connection pools) before measuring
				direct(model, Math.min(10, sessions));
				gridsight(client, port, ids.subList(0, Math.min(10, sessions)));

				EngineLoad.run(model.baseUrl(), Math.min(10, sessions));

				Figures baseline = direct(model, sessions);
				EngineLoad.Result engineOnly = EngineLoad.run(model.baseUrl(), sessions);
				Figures engine = new Figures(engineOnly.latencies(), engineOnly.errors());
				Figures served = gridsight(client, port, ids);
				long perSession = memory(client, model, ids);

				lines.add(
						String.format(Locale.ROOT,
								"%d concurrent streaming sessions, %d tokens an answer, one "
										+ "token every %d ms from the scripted server",
								sessions, tokens, gap.toMillis()));
				lines.add(String.format(Locale.ROOT, "errors: %d of %d turns (target 0); tokens received %d of %d",
						served.errors, sessions, served.latencies.length, (long) sessions * tokens));
				lines.add(String.format(Locale.ROOT,
						"token latency, scripted server -> STOMP subscriber through Gridsight: p50 %.2f ms, p95 %.2f ms, "
								+ "max %.2f ms",
						served.p(50), served.p(95), served.p(100)));
				lines.add(String.format(Locale.ROOT,
						"baseline, scripted server -> plain SSE client (same run): p50 %.2f ms, p95 %.2f ms, max %.2f ms",
						baseline.p(50), baseline.p(95), baseline.p(100)));
				lines.add(String.format(Locale.ROOT,
						"engine only, scripted server -> the turn's TurnEvents (before the chat stores and sends): "
								+ "p50 %.2f ms, p95 %.2f ms, max %.2f ms; errors %d",
						engine.p(50), engine.p(95), engine.p(100), engine.errors));
				lines.add(String.format(Locale.ROOT,
						"added by the LLM engine per token: p50 %.2f ms, p95 %.2f ms (target p95 < %.0f ms: %s)",
						engine.p(50) - baseline.p(50), engine.p(95) - baseline.p(95), TARGET_P95_MS,
						engine.p(95) - baseline.p(95) < TARGET_P95_MS ? "met" : "NOT met"));
				double added95 = served.p(95) - baseline.p(95);
				lines.add(String.format(Locale.ROOT,
						"added by Gridsight end to end per token: p50 %.2f ms, p95 %.2f ms (target p95 < %.0f ms: %s); "
								+ "ratio p95 Gridsight/baseline %.2f",
						served.p(50) - baseline.p(50), added95, TARGET_P95_MS,
						added95 < TARGET_P95_MS ? "met" : "NOT met", served.p(95) / Math.max(0.001, baseline.p(95))));
				lines.add(String.format(Locale.ROOT, "heap per open streaming session (server side, after GC): %.1f KB",
						perSession / 1024.0));
			}
			finally {
				app.close();
			}
		}
		finally {
			try (Stream<Path> paths = Files.walk(work)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		System.out.println();
		System.out.println("== llm benchmark ==");
		lines.forEach(System.out::println);
		// the STOMP clients' and HTTP clients' pools keep non-daemon threads: end here,
		// as a
		// one-command benchmark should
		System.exit(0);
	}

	/**
	 * The server, with the scripted model as the workspace's model "scripted"; the test
	 * classpath's test configurations stay out.
	 */
	private static ConfigurableApplicationContext start(Path work, ScriptedOpenAiServer model) {
		SpringApplication application = new SpringApplication(GridsightApplication.class);
		application.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("benchExcludesTestConfigurations", new TypeExcludeFilter() {

				@Override
				public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
						org.springframework.core.type.classreading.MetadataReaderFactory factory) {
					return reader.getAnnotationMetadata()
						.isAnnotated("org.springframework.boot.test.context.TestComponent");
				}

			});
			((GenericApplicationContext) context).registerBean("benchModels", ModelEndpoints.class,
					() -> (workspaceId, userId,
							name) -> "scripted".equals(name) ? Optional.of(new ModelEndpoints.ModelEndpoint("scripted",
									model.baseUrl(), "sk-bench", "scripted-model", 128_000, false)) : Optional.empty(),
					definition -> definition.setPrimary(true));
		});
		return application.run("--server.port=0", "--gridsight.data-dir=" + work.resolve("data"),
				"--gridsight.sample-data=false", "--gridsight.auth.admin-email=" + WarehouseBenchmark.ADMIN_EMAIL,
				"--gridsight.auth.admin-password=" + WarehouseBenchmark.ADMIN_PASSWORD, "--logging.level.root=WARN",
				"--logging.structured.format.console=");
	}

	private static String session(ApiClient client) {
		ApiClient.Response created = client.post("/api/chat/sessions", Map.of());
		check(created, 201);
		String id = created.json().path("id").asString();
		check(client.patch("/api/chat/sessions/" + id, Map.of("model", "scripted")), 200);
		return id;
	}

	private static void check(ApiClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException(response.status() + " " + response.body());
		}
	}

	/** Token latencies in milliseconds, and the turns that did not answer. */
	record Figures(double[] latencies, int errors) {

		double p(double percentile) {
			if (latencies.length == 0) {
				return Double.NaN;
			}
			double[] sorted = latencies.clone();
			java.util.Arrays.sort(sorted);
			int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

	}

	/** S plain SSE clients reading the scripted server at once. */
	private static Figures direct(ScriptedOpenAiServer model, int sessions) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ExecutorService pool = Executors.newFixedThreadPool(sessions);
		List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (int i = 0; i < sessions; i++) {
			runs.add(pool.submit(() -> {
				try {
					start.await();
					HttpRequest request = HttpRequest.newBuilder(URI.create(model.baseUrl() + "/chat/completions"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers
							.ofString("{\"model\":\"scripted-model\",\"stream\":true,\"messages\":[{\"role\":\"user\","
									+ "\"content\":\"hi\"}]}"))
						.build();
					HttpResponse<java.io.InputStream> response = http.send(request,
							HttpResponse.BodyHandlers.ofInputStream());
					boolean done = false;
					try (BufferedReader reader = new BufferedReader(
							new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
						String line;
						while ((line = reader.readLine()) != null) {
							long now = System.nanoTime();
							if (!line.startsWith("data: ")) {
								continue;
							}
							String data = line.substring(6);
							if (data.equals("[DONE]")) {
								done = true;
								continue;
							}
							JsonNode content = JSON.readTree(data)
								.path("choices")
								.path(0)
								.path("delta")
								.path("content");
							stamps(content.asString("")).forEach(sent -> latencies.add((now - sent) / 1e6));
						}
					}
					if (!done) {
						errors.incrementAndGet();
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		return new Figures(latencies.stream().mapToDouble(Double::doubleValue).toArray(), errors.get());
	}

	/**
	 * The write times of the tokens in a piece of text (several when Gridsight joined
	 * them).
	 */
	private static List<Long> stamps(String text) {
		List<Long> stamps = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			try {
				stamps.add(Long.parseLong(word));
			}
			catch (NumberFormatException ex) {
				// not a token of the scripted server
			}
		}
		return stamps;
	}

	/**
	 * S sessions asking at once through {@code POST …/messages?stream=true}, as the web
	 * app does, each listening on its topic; latencies are taken as frames arrive.
	 */
	private static Figures gridsight(ApiClient client, int port, List<String> ids) throws Exception {
		WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
		stomp.setMessageConverter(new JacksonJsonMessageConverter());
		stomp.setInboundMessageSizeLimit(1 << 20);
		List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		Map<String, CountDownLatch> done = new ConcurrentHashMap<>();
		Map<String, String> outcomes = new ConcurrentHashMap<>();
		Map<String, CountDownLatch> live = new ConcurrentHashMap<>();
		List<StompSession> connections = new ArrayList<>();
		try {
			for (String id : ids) {
				WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
				headers.add("Cookie", "GRIDSIGHT_SESSION=" + client.cookie("GRIDSIGHT_SESSION"));
				headers.add("Origin", "http://127.0.0.1:" + port);
				StompSession connection = stomp.connectAsync(URI.create("ws://127.0.0.1:" + port + "/api/live"),
						headers, new StompHeaders(), new StompSessionHandlerAdapter() {
						})
					.get(30, TimeUnit.SECONDS);
				connections.add(connection);
				done.put(id, new CountDownLatch(1));
				live.put(id, new CountDownLatch(1));
				connection.subscribe("/topic/chat.sessions." + id, new StompFrameHandler() {

					@Override
					public Type getPayloadType(StompHeaders h) {
						return Map.class;
					}

					@Override
					@SuppressWarnings("unchecked")
					public void handleFrame(StompHeaders h, Object payload) {
						long now = System.nanoTime();
						Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) payload).get("event");
						Object type = event.get("type");
						live.get(id).countDown();
						if ("text".equals(type)) {
							stamps(String.valueOf(event.get("text")))
								.forEach(sent -> latencies.add((now - sent) / 1e6));
						}
						else if ("error".equals(type)) {
							System.out.println("error in a turn: " + event.get("message"));
						}
						else if ("done".equals(type)) {
							outcomes.put(id, String.valueOf(event.get("outcome")));
							done.get(id).countDown();
						}
					}

				});
			}
			// a subscription is live once one of its frames arrives: a help turn each
			for (String id : ids) {
				for (int attempt = 0; attempt < 20 && live.get(id).getCount() > 0; attempt++) {
					check(client.post("/api/chat/sessions/" + id + "/messages", Map.of("content", "/help")), 200);
					live.get(id).await(250, TimeUnit.MILLISECONDS);
				}
				done.put(id, new CountDownLatch(1));
			}
			latencies.clear();
			ExecutorService pool = Executors.newFixedThreadPool(Math.min(ids.size(), 32));
			Map<String, String> refused = new ConcurrentHashMap<>();
			for (String id : ids) {
				pool.submit(() -> {
					ApiClient.Response started = client.post("/api/chat/sessions/" + id + "/messages?stream=true",
							Map.of("content", "stream an answer"));
					if (started.status() != 202) {
						refused.put(id, started.status() + " " + started.body());
						done.get(id).countDown();
					}
				});
			}
			int errors = 0;
			Map<String, Integer> why = new java.util.TreeMap<>();
			for (String id : ids) {
				boolean ended = done.get(id).await(5, TimeUnit.MINUTES);
				String reason = refused.containsKey(id) ? "start refused: " + refused.get(id)
						: !ended ? "no done event" : outcomes.get(id);
				if (!"answered".equals(reason)) {
					errors++;
					why.merge(reason, 1, Integer::sum);
				}
			}
			if (!why.isEmpty()) {
				System.out.println("failed turns: " + why);
			}
			pool.shutdown();
			return new Figures(latencies.stream().mapToDouble(Double::doubleValue).toArray(), errors);
		}
		finally {
			connections.forEach(StompSession::disconnect);
			stomp.stop();
		}
	}

	/**
	 * The heap per streaming turn in flight: S turns held open on a slow stream, the heap
	 * after a GC against the heap after a GC with none open.
	 */
	private static long memory(ApiClient client, ScriptedOpenAiServer model, List<String> ids) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		model.fallback(Reply.stamped(40, Duration.ofMillis(250)));
		long before = usedAfterGc(memory);
		int servedBefore = model.completions().size();
		for (String id : ids) {
			check(client.post("/api/chat/sessions/" + id + "/messages?stream=true", Map.of("content", "hold on")), 202);
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (model.completions().size() < servedBefore + ids.size() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		Thread.sleep(1_000);
		long open = usedAfterGc(memory);
		// let them finish before the server stops
		Thread.sleep(12_000);
		return Math.max(0, (open - before) / ids.size());
	}

	private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
