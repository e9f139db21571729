package dev.gridsight.assistant.internal.llm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.models.ModelEndpoints;
import dev.gridsight.chat.AgentProfile;
import dev.gridsight.chat.ChatChart;
import dev.gridsight.chat.ChatTurn;
import dev.gridsight.chat.TurnEvent;
import dev.gridsight.chat.TurnEvents;
import dev.gridsight.identity.Role;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.workspace.WorkspaceFiles;

/**
 * The LLM engine alone under load, for the benchmark: {@code sessions} turns at once
 * against a scripted server whose tokens carry their write time; each text delta is timed
 * as it reaches the turn's {@link TurnEvents} (before the chat stores and sends it).
 */
public final class EngineLoad {

	private EngineLoad() {
	}

	/** Per-token latencies in milliseconds, and the turns that ended in an error. */
	public record Result(double[] latencies, int errors) {
	}

	public static Result run(String baseUrl, int sessions) throws Exception {
		UUID workspace = UUID.randomUUID();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("models", (ModelEndpoints) (ws, user, name) -> Optional
			.of(new ModelEndpoints.ModelEndpoint("scripted", baseUrl, "sk-bench", "scripted-model", 128_000, false)));
		LlmEngine engine = new LlmEngine(beans.getBeanProvider(ModelEndpoints.class),
				beans.getBeanProvider(WorkspaceFiles.class), LlmSettings.defaults(), JsonMapper.builder().build());
		UserAccount user = new UserAccount(UUID.randomUUID(), "bench@gridsight.local", "Bench", Role.MEMBER,
				OffsetDateTime.now());
		AgentProfile agent = new AgentProfile(UUID.randomUUID(), workspace, "Analyst", 1, "", "scripted", Set.of(),
				Set.of(), 5, AgentProfile.Confirmation.CHANGES);
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(sessions);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < sessions; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					ChatTurn turn = new ChatTurn(UUID.randomUUID(), UUID.randomUUID(), user, workspace, null, agent,
							"stream an answer", List.of(), null, new FakeRunner(FakeRunner.CHART, FakeRunner.DATASETS),
							() -> false, Instant.now(), "scripted", List.of());
					engine.answer(turn, new Timing(latencies, errors));
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdown();
			engine.destroy();
		}
		return new Result(latencies.stream().mapToDouble(Double::doubleValue).toArray(), errors.get());
	}

	private record Timing(List<Double> latencies, AtomicInteger errors) implements TurnEvents {

		@Override
		public void text(String delta) {
			long now = System.nanoTime();
			for (String word : delta.strip().split("\\s+")) {
				try {
					latencies.add((now - Long.parseLong(word)) / 1e6);
				}
				catch (NumberFormatException ex) {
					// not a stamped token
				}
			}
		}

		@Override
		public void error(String message) {
			errors.incrementAndGet();
		}

		@Override
		public void chart(ChatChart chart) {
		}

		@Override
		public void question(String text, List<String> choices) {
		}

		@Override
		public void alternatives(List<TurnEvent.Alternative> options) {
		}

		@Override
		public void remember(String state) {
		}

		@Override
		public void intent(String name, double score) {
		}

	}

}
