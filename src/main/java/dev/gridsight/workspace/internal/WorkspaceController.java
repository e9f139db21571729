package dev.gridsight.workspace.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;
import dev.gridsight.workspace.WorkspaceRole;

@RestController
@RequestMapping("/api/workspaces")
class WorkspaceController {

	private final CurrentUser currentUser;

	private final WorkspaceService workspaces;

	WorkspaceController(CurrentUser currentUser, WorkspaceService workspaces) {
		this.currentUser = currentUser;
		this.workspaces = workspaces;
	}

	record WorkspaceView(UUID id, String name, boolean personal, String role, long memberCount,
			OffsetDateTime createdAt) {

		static WorkspaceView of(WorkspaceRepository.Membership membership) {
			Workspace workspace = membership.workspace();
			return new WorkspaceView(workspace.id(), workspace.name(), workspace.personal(), membership.role().wire(),
					membership.memberCount(), workspace.createdAt());
		}

	}

	record MemberView(UUID userId, String email, String displayName, String role) {

		static MemberView of(Member member) {
			return new MemberView(member.userId(), member.email(), member.displayName(), member.role().wire());
		}

	}

	record NameBody(@NotBlank @Size(max = 200) String name) {
	}

	record NewMember(@NotBlank @Size(max = 320) String email, @NotBlank String role) {
	}

	record RoleBody(@NotBlank String role) {
	}

	@GetMapping
	PageResult<WorkspaceView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return workspaces.list(currentUser.get(), PageQuery.of(page, size)).map(WorkspaceView::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WorkspaceView create(@Valid @RequestBody NameBody body) {
		return WorkspaceView.of(workspaces.create(currentUser.get(), body.name()));
	}

	@GetMapping("/{id}")
	WorkspaceView get(@PathVariable UUID id) {
		return WorkspaceView.of(workspaces.get(currentUser.get(), id));
	}

	@PatchMapping("/{id}")
	WorkspaceView rename(@PathVariable UUID id, @Valid @RequestBody NameBody body) {
		return WorkspaceView.of(workspaces.rename(currentUser.get(), id, body.name()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		workspaces.delete(currentUser.get(), id);
	}

	@GetMapping("/{id}/members")
	PageResult<MemberView> members(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return workspaces.members(currentUser.get(), id, PageQuery.of(page, size)).map(MemberView::of);
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	MemberView addMember(@PathVariable UUID id, @Valid @RequestBody NewMember body) {
		return MemberView
			.of(workspaces.addMember(currentUser.get(), id, body.email(), WorkspaceRole.fromWire(body.role())));
	}

	@PatchMapping("/{id}/members/{userId}")
	MemberView changeRole(@PathVariable UUID id, @PathVariable UUID userId, @Valid @RequestBody RoleBody body) {
		return MemberView.of(workspaces.changeRole(currentUser.get(), id, userId, WorkspaceRole.fromWire(body.role())));
	}

	@DeleteMapping("/{id}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
		workspaces.removeMember(currentUser.get(), id, userId);
	}

}
