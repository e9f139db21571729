package dev.gridsight.sharing.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/shares")
class ShareController {

	private final CurrentUser currentUser;

	private final ShareService shares;

	private final GridsightProperties properties;

	ShareController(CurrentUser currentUser, ShareService shares, GridsightProperties properties) {
		this.currentUser = currentUser;
		this.shares = shares;
		this.properties = properties;
	}

	record TargetBody(@NotBlank @Size(max = 20) String type, @NotNull UUID id) {
	}

	/**
	 * Either {@code {email, permission}} or {@code {public: true, expiresAt?, password?,
	 * viewerMayChangeWindow?}}.
	 */
	record ToBody(@Size(max = 320) String email, @Size(max = 10) String permission,
			@JsonProperty("public") Boolean publicLink, OffsetDateTime expiresAt, @Size(max = 200) String password,
			Boolean viewerMayChangeWindow) {

		ShareService.Recipient recipient() {
			boolean isPublic = Boolean.TRUE.equals(publicLink);
			if (isPublic == (email != null)) {
				throw new InvalidInput("to needs either an email (a share to a user) or public: true (a public link).");
			}
			if (isPublic) {
				if (permission != null && !Permission.VIEW.wire().equalsIgnoreCase(permission)) {
					throw new InvalidInput("A public link is read-only: to.permission can only be 'view'.");
				}
				return new ShareService.ToPublic(expiresAt, password, Boolean.TRUE.equals(viewerMayChangeWindow));
			}
			if (expiresAt != null || password != null || viewerMayChangeWindow != null) {
				throw new InvalidInput(
						"expiresAt, password and viewerMayChangeWindow belong to public links, not to a share to a user.");
			}
			return new ShareService.ToUser(email.trim(),
					permission == null ? Permission.VIEW : Permission.fromWire(permission));
		}

	}

	record NewShare(@NotNull @Valid TargetBody target, @NotNull @Valid ToBody to) {
	}

	/** The token is shown here once and never again. */
	record CreatedView(UUID id, String url, String token) {
	}

	record TargetView(String type, UUID id, String title) {
	}

	record PersonView(UUID id, String email) {
	}

	record ShareView(UUID id, TargetView target, String kind, PersonView grantee, String permission,
			OffsetDateTime expiresAt, boolean passwordProtected, boolean viewerMayChangeWindow, long accessCount,
			OffsetDateTime lastAccessAt, PersonView createdBy, OffsetDateTime createdAt) {

		static ShareView of(ShareService.Listed listed) {
			Share share = listed.share();
			return new ShareView(share.id(), new TargetView(share.targetType(), share.targetId(), listed.targetTitle()),
					share.kind().wire(),
					listed.grantee() == null ? null : new PersonView(listed.grantee().id(), listed.grantee().email()),
					share.permission().wire(), share.expiresAt(), share.passwordHash() != null,
					share.viewerMayChangeWindow(), share.accessCount(), share.lastAccessAt(),
					listed.createdBy() == null ? new PersonView(share.createdBy(), null)
							: new PersonView(listed.createdBy().id(), listed.createdBy().email()),
					share.createdAt());
		}

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedView create(@Valid @RequestBody NewShare body) {
		ShareService.Created created = shares.create(currentUser.get(), body.target().type(), body.target().id(),
				body.to().recipient());
		return new CreatedView(created.share().id(), baseUrl() + ShareService.path(created), created.token());
	}

	/**
	 * The live shares of one target ({@code target=chart:<id>}) or of a whole workspace
	 * ({@code workspaceId=}), for its editors.
	 */
	@GetMapping
	PageResult<ShareView> list(@RequestParam(required = false) String target,
			@RequestParam(required = false) UUID workspaceId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		UserAccount user = currentUser.get();
		PageQuery paging = PageQuery.of(page, size);
		if ((target == null) == (workspaceId == null)) {
			throw new InvalidInput("Give either target=<type>:<id> or workspaceId=<id>.");
		}
		if (workspaceId != null) {
			return shares.ofWorkspace(user, workspaceId, paging).map(ShareView::of);
		}
		int colon = target.indexOf(':');
		UUID targetId;
		try {
			targetId = colon < 0 ? null : UUID.fromString(target.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			targetId = null;
		}
		if (targetId == null) {
			throw new InvalidInput("target must be written <type>:<id>, like chart:" + UUID.randomUUID() + ".");
		}
		return shares.ofTarget(user, target.substring(0, colon), targetId, paging).map(ShareView::of);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		shares.revoke(currentUser.get(), id);
	}

	/**
	 * Links point at the configured public URL, or at the address this request came to.
	 */
	private String baseUrl() {
		String configured = properties.publicUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
