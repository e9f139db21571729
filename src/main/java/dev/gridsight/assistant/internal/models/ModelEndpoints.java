package dev.gridsight.assistant.internal.models;

import java.util.Optional;
import java.util.UUID;

/**
 * The models configured for a workspace (Settings → Models), as the LLM engine needs
 * them: the contract between the model settings and the engine.
 */
public interface ModelEndpoints {

	/**
	 * The endpoint a user reaches {@code name} through in a workspace, with the key to
	 * use (the user's own, else the workspace's fallback key, else none); empty when no
	 * model of that name is configured there.
	 */
	Optional<ModelEndpoint> resolve(UUID workspaceId, UUID userId, String name);

	/**
	 * One OpenAI-compatible endpoint and model.
	 *
	 * @param name what agents and sessions call it (unique in the workspace)
	 * @param baseUrl http(s), up to and including {@code /v1} (or the provider's
	 * equivalent)
	 * @param apiKey the decrypted key, or null when the endpoint needs none; never logged
	 * @param model the model's name at the endpoint
	 * @param contextTokens the model's context size in tokens
	 * @param vision whether the model reads images
	 */
	record ModelEndpoint(String name, String baseUrl, String apiKey, String model, int contextTokens, boolean vision) {

		@Override
		public String toString() {
			return "ModelEndpoint[" + name + " " + model + " at " + baseUrl + "]";
		}

	}

}
