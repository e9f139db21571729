package dev.gridsight.identity.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/tokens")
class TokenController {

	private final CurrentUser currentUser;

	private final ApiTokenService tokens;

	TokenController(CurrentUser currentUser, ApiTokenService tokens) {
		this.currentUser = currentUser;
		this.tokens = tokens;
	}

	record TokenView(UUID id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
			OffsetDateTime expiresAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt(),
					token.expiresAt());
		}

	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer expiresInDays) {
	}

	/** The only response that ever carries the token itself. */
	record IssuedToken(UUID id, String name, String token, String prefix, OffsetDateTime createdAt,
			OffsetDateTime expiresAt) {
	}

	@GetMapping
	PageResult<TokenView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return tokens.page(currentUser.get(), PageQuery.of(page, size)).map(TokenView::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken create(@Valid @RequestBody NewToken body) {
		ApiTokenService.Issued issued = tokens.issue(currentUser.get(), body.name(), body.expiresInDays());
		ApiToken token = issued.token();
		return new IssuedToken(token.id(), token.name(), issued.secret(), token.prefix(), token.createdAt(),
				token.expiresAt());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		tokens.revoke(currentUser.get(), id);
	}

}
