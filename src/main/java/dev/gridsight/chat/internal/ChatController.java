package dev.gridsight.chat.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import dev.gridsight.chat.ChatMessage;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.chat.SequencedEvent;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Chat sessions, their turns and the chat policy over HTTP (docs/chat-api.md). */
@RestController
@RequestMapping("/api/chat")
class ChatController {

	private final CurrentUser currentUser;

	private final ChatService chats;

	private final ChatPolicyService policies;

	ChatController(CurrentUser currentUser, ChatService chats, ChatPolicyService policies) {
		this.currentUser = currentUser;
		this.chats = chats;
		this.policies = policies;
	}

	record SessionView(UUID id, UUID workspaceId, String title, UUID tabId, UUID agentId, Set<String> allowedCommands,
			Boolean confirmChanges, long lastSeq, OffsetDateTime createdAt, OffsetDateTime updatedAt, String model,
			List<UUID> contextFiles) {

		static SessionView of(ChatSessionRecord session) {
			return new SessionView(session.id(), session.workspaceId(), session.title(), session.tabId(),
					session.agentId(), session.allowedCommands(), session.confirmChanges(), session.lastSeq(),
					session.createdAt(), session.updatedAt(), session.model(), session.contextFiles());
		}

	}

	@PostMapping("/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView create(@RequestBody(required = false) ChatService.NewSession body) {
		ChatService.NewSession request = body == null ? new ChatService.NewSession(null, null, null, null) : body;
		return SessionView.of(chats.create(currentUser.get(), request));
	}

	@GetMapping("/sessions")
	PageResult<SessionView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) UUID workspaceId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return chats.list(currentUser.get(), workspaceId, q, PageQuery.of(page, size)).map(SessionView::of);
	}

	@GetMapping("/sessions/{id}")
	SessionView get(@PathVariable UUID id) {
		return SessionView.of(chats.get(currentUser.get(), id));
	}

	/** Fields read one by one: absent stays, {@code "tabId": null} leaves the tab. */
	@PatchMapping("/sessions/{id}")
	SessionView update(@PathVariable UUID id, @RequestBody JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInput("Send a JSON object with the fields to change.");
		}
		String title = body.has("title") ? text(body, "title") : null;
		UUID tabId = body.has("tabId") ? uuid(body, "tabId") : null;
		UUID agentId = body.has("agentId") ? uuid(body, "agentId") : null;
		Set<String> commands = null;
		if (body.has("allowedCommands") && !body.get("allowedCommands").isNull()) {
			if (!body.get("allowedCommands").isArray()) {
				throw new InvalidInput("allowedCommands must be a list of command names, or null.");
			}
			commands = new java.util.LinkedHashSet<>();
			for (JsonNode name : body.get("allowedCommands")) {
				commands.add(name.asString());
			}
		}
		Boolean confirm = null;
		if (body.has("confirmChanges") && !body.get("confirmChanges").isNull()) {
			if (!body.get("confirmChanges").isBoolean()) {
				throw new InvalidInput("confirmChanges must be true, false or null.");
			}
			confirm = body.get("confirmChanges").asBoolean();
		}
		String model = null;
		if (body.has("model") && !body.get("model").isNull()) {
			model = text(body, "model");
		}
		List<UUID> files = null;
		if (body.has("contextFiles") && !body.get("contextFiles").isNull()) {
			if (!body.get("contextFiles").isArray()) {
				throw new InvalidInput("contextFiles must be a list of file ids, or null.");
			}
			files = new java.util.ArrayList<>();
			for (JsonNode file : body.get("contextFiles")) {
				try {
					files.add(UUID.fromString(file.asString()));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInput("contextFiles: '" + file.asString() + "' is not a file id.");
				}
			}
		}
		return SessionView.of(chats.update(currentUser.get(), id,
				new ChatService.SessionChangeRequest(title, body.has("tabId"), tabId, agentId,
						body.has("allowedCommands"), commands, body.has("confirmChanges"), confirm, body.has("model"),
						model, body.has("contextFiles"), files)));
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || !value.isString()) {
			throw new InvalidInput(field + " must be text.");
		}
		return value.asString();
	}

	private static UUID uuid(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return UUID.fromString(value.asString());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field + " must be an id.");
		}
	}

	@DeleteMapping("/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		chats.delete(currentUser.get(), id);
	}

	@GetMapping("/sessions/{id}/messages")
	PageResult<ChatMessage> messages(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return chats.messages(currentUser.get(), id, PageQuery.of(page, size));
	}

	/**
	 * @param model answers this one turn with another model than the session's:
	 * {@code builtin} after a model timed out
	 */
	record NewMessage(String content, String model) {
	}

	record Answered(List<ChatMessage> messages) {
	}

	record Started(UUID turnId, ChatMessage userMessage) {
	}

	@PostMapping("/sessions/{id}/messages")
	ResponseEntity<?> send(@PathVariable UUID id, @RequestBody(required = false) NewMessage body,
			@RequestParam(defaultValue = "false") boolean stream) {
		UserAccount user = currentUser.get();
		String content = body == null ? null : body.content();
		String model = body == null ? null : body.model();
		if (stream) {
			ChatService.Turn turn = chats.start(user, id, content, model);
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Started(turn.turnId(), turn.userMessage()));
		}
		ChatService.Turn turn = chats.send(user, id, content, model);
		return ResponseEntity.ok(new Answered(List.of(turn.userMessage(), turn.answer())));
	}

	@PostMapping("/sessions/{id}/stop")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void stop(@PathVariable UUID id) {
		chats.stop(currentUser.get(), id);
	}

	record Decision(Boolean approve) {
	}

	@PostMapping("/sessions/{id}/confirmations/{callId}")
	Answered confirm(@PathVariable UUID id, @PathVariable String callId, @RequestBody(required = false) Decision body) {
		if (body == null || body.approve() == null) {
			throw new InvalidInput("Send {\"approve\": true} to run the command or {\"approve\": false} to drop it.");
		}
		return new Answered(List.of(chats.confirm(currentUser.get(), id, callId, body.approve()).answer()));
	}

	record Events(List<SequencedEvent> events) {
	}

	@GetMapping("/sessions/{id}/events")
	Events events(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after) {
		return new Events(chats.eventsAfter(currentUser.get(), id, after));
	}

	/** A session's commands, or those of a chat not started yet in a workspace. */
	@GetMapping("/commands")
	List<CommandSpec> commands(@RequestParam(required = false) UUID sessionId,
			@RequestParam(required = false) UUID workspaceId, @RequestParam(required = false) UUID agentId) {
		if (sessionId != null) {
			return chats.commands(currentUser.get(), sessionId);
		}
		return chats.commandsFor(currentUser.get(), workspaceId, agentId);
	}

	record PolicyView(Set<UUID> allowedAgents, Set<String> allowedCommands, boolean mayChangeDashboards,
			boolean mayChangeShares, boolean changesNeedConfirmation) {

		static PolicyView of(ChatPolicy policy) {
			return new PolicyView(policy.allowedAgents(), policy.allowedCommands(), policy.mayChangeDashboards(),
					policy.mayChangeShares(), policy.changesNeedConfirmation());
		}

	}

	@GetMapping("/policy")
	PolicyView policy(@RequestParam(required = false) UUID workspaceId) {
		UserAccount user = currentUser.get();
		return PolicyView.of(policies.get(workspaceId == null ? user.personalWorkspaceId() : workspaceId, user.id()));
	}

	@PutMapping("/policy")
	PolicyView setPolicy(@RequestParam(required = false) UUID workspaceId, @RequestBody PolicyView body) {
		UserAccount user = currentUser.get();
		if (body == null) {
			throw new InvalidInput("Send the policy.");
		}
		return PolicyView.of(policies.set(user, workspaceId == null ? user.personalWorkspaceId() : workspaceId,
				new ChatPolicy(body.allowedAgents(), body.allowedCommands(), body.mayChangeDashboards(),
						body.mayChangeShares(), body.changesNeedConfirmation())));
	}

}
