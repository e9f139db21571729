package dev.gridsight.assistant.internal.models;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.InvalidInput;

/** Settings → Models over HTTP (docs/models-and-templates.md). */
@RestController
@RequestMapping("/api/models")
class ModelController {

	private final CurrentUser currentUser;

	private final ModelSettings settings;

	ModelController(CurrentUser currentUser, ModelSettings settings) {
		this.currentUser = currentUser;
		this.settings = settings;
	}

	record KeyBody(String apiKey) {

		@Override
		public String toString() {
			return "KeyBody[hidden]";
		}

	}

	@GetMapping
	List<ModelSettings.ModelView> list(@RequestParam(required = false) UUID workspaceId) {
		return settings.list(currentUser.get(), workspaceId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ModelSettings.ModelView create(@RequestBody ModelSettings.ModelInput body) {
		return settings.create(currentUser.get(), required(body));
	}

	@PutMapping("/{id}")
	ModelSettings.ModelView update(@PathVariable UUID id, @RequestBody ModelSettings.ModelInput body) {
		return settings.update(currentUser.get(), id, required(body));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		settings.delete(currentUser.get(), id);
	}

	/** The caller's own key for the model. */
	@PutMapping("/{id}/key")
	ModelSettings.ModelView setKey(@PathVariable UUID id, @RequestBody KeyBody body) {
		return settings.setUserKey(currentUser.get(), id, body == null ? null : body.apiKey());
	}

	@DeleteMapping("/{id}/key")
	ModelSettings.ModelView deleteKey(@PathVariable UUID id) {
		return settings.deleteUserKey(currentUser.get(), id);
	}

	@PostMapping("/test")
	EndpointProbe.Result test(@RequestBody ModelSettings.TestInput body) {
		if (body == null) {
			throw new InvalidInput("Send {baseUrl, apiKey?, modelId?}.");
		}
		return settings.test(currentUser.get(), body);
	}

	private static ModelSettings.ModelInput required(ModelSettings.ModelInput body) {
		if (body == null) {
			throw new InvalidInput("Send {name, baseUrl, model, contextTokens, vision, workspaceKey?}.");
		}
		return body;
	}

}
