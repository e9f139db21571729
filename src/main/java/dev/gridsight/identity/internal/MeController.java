package dev.gridsight.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.CurrentUser;

@RestController
@RequestMapping("/api/me")
class MeController {

	private final CurrentUser currentUser;

	private final UserService users;

	MeController(CurrentUser currentUser, UserService users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	@GetMapping
	UserView me() {
		return UserView.of(currentUser.get());
	}

	record ProfileChange(@NotBlank @Size(max = 200) String displayName) {
	}

	@PatchMapping
	UserView update(@Valid @RequestBody ProfileChange body) {
		return UserView.of(users.rename(currentUser.get(), body.displayName()));
	}

	record PasswordChange(@NotNull String currentPassword,
			@NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = 200) String newPassword) {
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body) {
		users.changePassword(currentUser.get(), body.currentPassword(), body.newPassword());
	}

}
