package dev.gridsight.energy.internal;

import java.time.OffsetDateTime;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Energy sites over HTTP, as docs/energy.md describes them. */
@RestController
@RequestMapping("/api/energy/sites")
class SiteController {

	private final CurrentUser currentUser;

	private final SiteService sites;

	private final JsonMapper json;

	SiteController(CurrentUser currentUser, SiteService sites, JsonMapper json) {
		this.currentUser = currentUser;
		this.sites = sites;
		this.json = json;
	}

	/** A site as the API returns it. */
	record Site(UUID id, UUID workspaceId, String name, JsonNode model, JsonNode fit, boolean canEdit,
			OffsetDateTime createdAt, OffsetDateTime updatedAt) {
	}

	@GetMapping
	PageResult<Site> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return sites.list(currentUser.get(), workspaceId, PageQuery.of(page, size)).map(this::site);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Site create(@RequestBody SiteService.SiteInput body) {
		if (body == null || body.model() == null) {
			throw new InvalidInput("The request body must be {name, model} (see docs/energy.md).");
		}
		return site(new SiteService.Readable(sites.create(currentUser.get(), body),
				dev.gridsight.workspace.WorkspaceRole.EDITOR));
	}

	@GetMapping("/{id}")
	Site get(@PathVariable UUID id) {
		return site(sites.readable(id, currentUser.get().id()));
	}

	@PutMapping("/{id}")
	Site update(@PathVariable UUID id, @RequestBody SiteService.SiteInput body) {
		if (body == null) {
			throw new InvalidInput("The request body must be {name?, model?}.");
		}
		sites.update(currentUser.get(), id, body);
		return get(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		sites.delete(currentUser.get(), id);
	}

	private Site site(SiteService.Readable readable) {
		EnergySite site = readable.site();
		return new Site(site.id(), site.workspaceId(), site.name(), json.readTree(site.modelJson()),
				site.fitJson() == null ? null : json.readTree(site.fitJson()), readable.canEdit(), site.createdAt(),
				site.updatedAt());
	}

}
