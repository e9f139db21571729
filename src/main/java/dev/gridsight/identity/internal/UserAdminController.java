package dev.gridsight.identity.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
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
import dev.gridsight.identity.Role;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/**
 * Account administration: admins only (checked in each call through
 * {@link CurrentUser#requireAdmin()}).
 */
@RestController
@RequestMapping("/api/users")
class UserAdminController {

	private final CurrentUser currentUser;

	private final UserService users;

	UserAdminController(CurrentUser currentUser, UserService users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	@GetMapping
	PageResult<UserView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		currentUser.requireAdmin();
		return users.page(PageQuery.of(page, size)).map(UserView::of);
	}

	record NewUser(@NotBlank @Email @Size(max = 320) String email, @Size(max = 200) String displayName,
			@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = 200) String password, String role) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@Valid @RequestBody NewUser body) {
		var admin = currentUser.requireAdmin();
		Role role = body.role() == null ? Role.MEMBER : Role.fromWire(body.role());
		return UserView.of(users.create(admin, body.email(), body.displayName(), body.password(), role));
	}

	record RoleChange(@NotBlank String role) {
	}

	@PatchMapping("/{id}")
	UserView changeRole(@PathVariable UUID id, @Valid @RequestBody RoleChange body) {
		var admin = currentUser.requireAdmin();
		return UserView.of(users.changeRole(admin, id, Role.fromWire(body.role())));
	}

}
