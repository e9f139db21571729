package dev.gridsight.assistant.internal.settings;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.CurrentUser;

/** The built-in engine's intents over HTTP (docs/chat-api.md, "Assistant settings"). */
@RestController
@RequestMapping("/api/assistant/intents")
class IntentSettingsController {

	private final CurrentUser currentUser;

	private final IntentSettings settings;

	IntentSettingsController(CurrentUser currentUser, IntentSettings settings) {
		this.currentUser = currentUser;
		this.settings = settings;
	}

	record ExamplesBody(List<String> examples) {
	}

	record TryBody(String utterance) {
	}

	@GetMapping
	List<IntentSettings.IntentView> list(@RequestParam(required = false) UUID workspaceId) {
		return settings.list(currentUser.get(), workspaceId);
	}

	@PutMapping("/{name}")
	IntentSettings.IntentView update(@PathVariable String name, @RequestParam(required = false) UUID workspaceId,
			@RequestBody ExamplesBody body) {
		return settings.update(currentUser.get(), workspaceId, name, body.examples());
	}

	/** Back to the seeded examples. */
	@DeleteMapping("/{name}")
	IntentSettings.IntentView reset(@PathVariable String name, @RequestParam(required = false) UUID workspaceId) {
		return settings.reset(currentUser.get(), workspaceId, name);
	}

	@PostMapping("/try")
	IntentSettings.Trial attempt(@RequestParam(required = false) UUID workspaceId, @RequestBody TryBody body) {
		return settings.attempt(currentUser.get(), workspaceId, body.utterance());
	}

}
