package dev.gridsight.assistant.internal.llm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the LLM engine keeps between the turns of a session, under {@code "llm"} in the
 * session's engine state (the built-in engine keeps its own fields beside it): the
 * summary of the older messages, the id of the last message it covers, and the token
 * figures the endpoint reported.
 *
 * @param summary the structured summary of the older messages, or null
 * @param through the last message the summary covers, or null
 * @param summarised how many messages the summary covers
 * @param inputTokens the input tokens the endpoint counted, over the session
 * @param outputTokens the output tokens the endpoint counted, over the session
 * @param tokensPerEstimate the endpoint's count of the last request over this engine's
 * estimate of it (1 when unknown): later estimates are scaled by it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LlmState(String summary, UUID through, int summarised, long inputTokens, long outputTokens,
		double tokensPerEstimate) {

	static final LlmState EMPTY = new LlmState(null, null, 0, 0, 0, 1.0);

	static final String FIELD = "llm";

	LlmState {
		if (!(tokensPerEstimate >= 0.25 && tokensPerEstimate <= 4)) {
			tokensPerEstimate = 1.0;
		}
	}

	/**
	 * The LLM part of a session's engine state; an absent, foreign or garbled one reads
	 * as empty.
	 */
	static LlmState read(String stored, JsonMapper json) {
		if (stored == null || stored.isBlank()) {
			return EMPTY;
		}
		try {
			JsonNode node = json.readTree(stored).path(FIELD);
			if (!node.isObject()) {
				return EMPTY;
			}
			LlmState state = json.treeToValue(node, LlmState.class);
			return state.summary() == null || state.summary().isBlank()
					? new LlmState(null, null, 0, state.inputTokens(), state.outputTokens(), state.tokensPerEstimate())
					: state;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return EMPTY;
		}
	}

	/** The session's engine state with this as its LLM part, keeping the other fields. */
	String writeInto(String stored, JsonMapper json) {
		ObjectNode root;
		try {
			JsonNode node = stored == null || stored.isBlank() ? null : json.readTree(stored);
			root = node != null && node.isObject() ? (ObjectNode) node : json.createObjectNode();
		}
		catch (JacksonException ex) {
			root = json.createObjectNode();
		}
		root.set(FIELD, json.valueToTree(this));
		return json.writeValueAsString(root);
	}

	LlmState withSummary(String text, UUID last, int messages) {
		return new LlmState(text, last, messages, inputTokens, outputTokens, tokensPerEstimate);
	}

	LlmState withUsage(Integer input, Integer output, int estimate) {
		double ratio = tokensPerEstimate;
		if (input != null && input > 0 && estimate > 0) {
			ratio = (double) input / estimate;
		}
		return new LlmState(summary, through, summarised, inputTokens + (input == null ? 0 : input),
				outputTokens + (output == null ? 0 : output), ratio);
	}

}
