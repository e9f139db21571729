package dev.gridsight.chat.internal.templates;

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

/** Prompt templates over HTTP (docs/models-and-templates.md). */
@RestController
@RequestMapping("/api/prompt-templates")
class PromptTemplateController {

	private final CurrentUser currentUser;

	private final PromptTemplates templates;

	PromptTemplateController(CurrentUser currentUser, PromptTemplates templates) {
		this.currentUser = currentUser;
		this.templates = templates;
	}

	@GetMapping
	List<PromptTemplates.TemplateView> list(@RequestParam(required = false) UUID workspaceId) {
		return templates.list(currentUser.get(), workspaceId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PromptTemplates.TemplateView create(@RequestParam(required = false) UUID workspaceId,
			@RequestBody PromptTemplates.TemplateInput body) {
		return templates.create(currentUser.get(), workspaceId, body);
	}

	@PutMapping("/{id}")
	PromptTemplates.TemplateView update(@PathVariable UUID id, @RequestBody PromptTemplates.TemplateInput body) {
		return templates.update(currentUser.get(), id, body);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		templates.delete(currentUser.get(), id);
	}

}
