package dev.gridsight.assistant.internal.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the LLM engine talks to model endpoints ({@code gridsight.llm.*}, environment
 * {@code GRIDSIGHT_LLM_*}).
 *
 * @param connectTimeout how long opening a connection may take
 * @param firstTokenTimeout how long the endpoint may take to send the first token (or
 * tool call) of an answer
 * @param idleTimeout how long the endpoint may go quiet between two pieces of an answer
 * @param turnTimeout how long a whole turn may take, every model call and tool included
 * @param retries how many times a request refused with 429 or 5xx (or a failed
 * connection) is tried again, before any of its answer arrived
 * @param retryBase the first wait before a retry; it doubles each time, with jitter
 * @param retryMaxWait the longest wait before a retry, whatever {@code Retry-After} asks
 * @param fileChunks how many passages of the session's context files a turn quotes
 */
@ConfigurationProperties("gridsight.llm")
record LlmSettings(Duration connectTimeout, Duration firstTokenTimeout, Duration idleTimeout, Duration turnTimeout,
		Integer retries, Duration retryBase, Duration retryMaxWait, Integer fileChunks) {

	LlmSettings {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		firstTokenTimeout = firstTokenTimeout == null ? Duration.ofSeconds(60) : firstTokenTimeout;
		idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
		turnTimeout = turnTimeout == null ? Duration.ofMinutes(5) : turnTimeout;
		retries = retries == null ? 3 : retries;
		retryBase = retryBase == null ? Duration.ofMillis(500) : retryBase;
		retryMaxWait = retryMaxWait == null ? Duration.ofSeconds(30) : retryMaxWait;
		fileChunks = fileChunks == null ? 6 : fileChunks;
	}

	static LlmSettings defaults() {
		return new LlmSettings(null, null, null, null, null, null, null, null);
	}

}
