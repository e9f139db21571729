package dev.gridsight.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
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
import dev.gridsight.identity.UserAccount;

@RestController
@RequestMapping("/api/me")
class MeController {

	private final CurrentUser currentUser;

	private final UserService users;

	private final UserSessions sessions;

	MeController(CurrentUser currentUser, UserService users, UserSessions sessions) {
		this.sessions = sessions;
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
	void changePassword(@Valid @RequestBody PasswordChange body, HttpServletRequest request) {
		UserAccount user = currentUser.get();
		users.changePassword(user, body.currentPassword(), body.newPassword());
		// after the commit: whoever else holds a session of this user is signed out
		sessions.passwordChanged(user.id(), request);
	}

}
