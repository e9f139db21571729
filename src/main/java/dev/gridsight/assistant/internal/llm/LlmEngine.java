package dev.gridsight.assistant.internal.llm;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.assistant.internal.models.ModelEndpoints;
import dev.gridsight.assistant.internal.models.ModelEndpoints.ModelEndpoint;
import dev.gridsight.chat.ChatEngine;
import dev.gridsight.chat.ChatTurn;
import dev.gridsight.chat.TurnEvents;
import dev.gridsight.workspace.WorkspaceFiles;

/**
 * The LLM engine: answers with any OpenAI-compatible model configured for the workspace
 * (Settings → Models), through LangChain4j. The turn's allowed commands are the model's
 * tools; every call goes through the turn's command runner, which checks it whoever asks.
 * One {@link LlmTurn} per turn does the work.
 */
@Component
class LlmEngine implements ChatEngine, DisposableBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LlmEngine.class);

	static final String NAME = "llm";

	static final String BUILTIN = "builtin";

	private final ObjectProvider<ModelEndpoints> endpoints;

	private final ObjectProvider<WorkspaceFiles> files;

	private final LlmSettings settings;

	private final JsonMapper json;

	private final java.net.http.HttpClient http;

	private final ExecutorService streams;

	private volatile EndpointHttpClient.Pause pause = EndpointHttpClient.SLEEP;

	LlmEngine(ObjectProvider<ModelEndpoints> endpoints, ObjectProvider<WorkspaceFiles> files, LlmSettings settings,
			JsonMapper json) {
		this.endpoints = endpoints;
		this.files = files;
		this.settings = settings;
		this.json = json;
		this.http = EndpointHttpClient.shared(settings);
		AtomicInteger threads = new AtomicInteger();
		this.streams = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "llm-stream-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean answers(UUID workspaceId, UUID userId, String model) {
		if (model == null || BUILTIN.equals(model)) {
			return false;
		}
		try {
			return endpoint(workspaceId, userId, model).isPresent();
		}
		catch (RuntimeException ex) {
			// the model settings failing must not take the built-in engine down with them
			log.warn("Could not resolve the model '{}': {}", model, ex.getMessage());
			return false;
		}
	}

	private Optional<ModelEndpoint> endpoint(UUID workspaceId, UUID userId, String model) {
		ModelEndpoints configured = endpoints.getIfAvailable();
		if (configured == null || model == null) {
			return Optional.empty();
		}
		return configured.resolve(workspaceId, userId, model);
	}

	@Override
	public void answer(ChatTurn turn, TurnEvents events) {
		Optional<ModelEndpoint> endpoint = endpoint(turn.workspaceId(), turn.user().id(), turn.model());
		if (endpoint.isEmpty()) {
			events.error("The model '" + turn.model() + "' is not configured in this workspace (Settings → Models).");
			return;
		}
		EndpointHttpClient client = new EndpointHttpClient(http, settings, endpoint.get().apiKey(), streams, pause);
		new LlmTurn(turn, events, endpoint.get(), client, settings, json, files.getIfAvailable()).run();
	}

	/** Tests see the retry waits instead of waiting them. */
	void pause(EndpointHttpClient.Pause replacement) {
		this.pause = replacement;
	}

	@Override
	public void destroy() {
		streams.shutdownNow();
	}

}
