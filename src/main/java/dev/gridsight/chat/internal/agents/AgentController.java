package dev.gridsight.chat.internal.agents;

import java.time.OffsetDateTime;
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

import dev.gridsight.chat.AgentProfile.Confirmation;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Agents over HTTP, as docs/chat-api.md ("Agents") describes them. */
@RestController
@RequestMapping("/api/chat/agents")
class AgentController {

	private final CurrentUser currentUser;

	private final AgentService agents;

	AgentController(CurrentUser currentUser, AgentService agents) {
		this.currentUser = currentUser;
		this.agents = agents;
	}

	/** An agent at one version (the current one, unless asked for another). */
	record Agent(UUID id, UUID workspaceId, String name, int version, String instructions, String model,
			List<String> allowedCommands, List<String> allowedDatasets, int toolRounds, Confirmation confirmation,
			OffsetDateTime updatedAt) {

		static Agent of(AgentVersion version) {
			AgentContent content = version.content();
			return new Agent(version.agentId(), version.workspaceId(), content.name(), version.version(),
					content.instructions(), content.model(), content.allowedCommands(), content.allowedDatasets(),
					content.toolRounds(), content.confirmation(), version.savedAt());
		}

	}

	record RevertBody(Integer version) {
	}

	@GetMapping
	PageResult<Agent> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return agents.list(currentUser.get(), workspaceId, PageQuery.of(page, size)).map(Agent::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Agent create(@RequestBody AgentService.AgentInput body) {
		return Agent.of(agents.create(currentUser.get(), body(body)));
	}

	@GetMapping("/{id}")
	Agent get(@PathVariable UUID id) {
		return Agent.of(agents.get(currentUser.get(), id));
	}

	@PutMapping("/{id}")
	Agent update(@PathVariable UUID id, @RequestBody AgentService.AgentInput body) {
		return Agent.of(agents.update(currentUser.get(), id, body(body)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		agents.delete(currentUser.get(), id);
	}

	@GetMapping("/{id}/versions")
	List<AgentService.VersionSummary> versions(@PathVariable UUID id) {
		return agents.versions(currentUser.get(), id);
	}

	@GetMapping("/{id}/versions/{version}")
	Agent version(@PathVariable UUID id, @PathVariable int version) {
		return Agent.of(agents.version(currentUser.get(), id, version));
	}

	@GetMapping("/{id}/diff")
	AgentService.Diff diff(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		return agents.diff(currentUser.get(), id, from, to);
	}

	@PostMapping("/{id}/revert")
	Agent revert(@PathVariable UUID id, @RequestBody RevertBody body) {
		return Agent.of(agents.revert(currentUser.get(), id, body == null ? null : body.version()));
	}

	private static AgentService.AgentInput body(AgentService.AgentInput body) {
		if (body == null) {
			throw new InvalidInput("The request body must be a JSON object.");
		}
		return body;
	}

}
