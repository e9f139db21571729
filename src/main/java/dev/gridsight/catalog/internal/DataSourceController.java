package dev.gridsight.catalog.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

@RestController
@RequestMapping("/api/sources")
class DataSourceController {

	private final CurrentUser currentUser;

	private final DataSourceService sources;

	DataSourceController(CurrentUser currentUser, DataSourceService sources) {
		this.currentUser = currentUser;
		this.sources = sources;
	}

	/** Fields only: there is deliberately no way to pass a JDBC URL. */
	record NewSource(UUID workspaceId, @NotBlank @Size(max = 200) String name, @NotBlank String host,
			@NotNull Integer port, @NotBlank String database, @NotBlank String username, String password,
			String sslMode, List<String> tables) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DataSourceService.SourceView register(@Valid @RequestBody NewSource body) {
		return sources.register(currentUser.get(), body.workspaceId(), body.name(),
				new PostgresSource(body.host(), body.port(), body.database(), body.username(), body.sslMode()),
				body.password(), body.tables());
	}

	@GetMapping
	List<DataSourceService.SourceView> list(@RequestParam(required = false) UUID workspaceId) {
		return sources.list(currentUser.get(), workspaceId);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		sources.delete(currentUser.get(), id);
	}

}
