package dev.gridsight.catalog.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.identity.CurrentUser;

/**
 * A dataset's calculated fields; they are listed with the dataset ({@code GET
 * /api/datasets/{id}}).
 */
@RestController
@RequestMapping("/api/datasets/{id}/calculated-fields")
class CalculatedFieldController {

	private final CurrentUser currentUser;

	private final CalculatedFieldService fields;

	CalculatedFieldController(CurrentUser currentUser, CalculatedFieldService fields) {
		this.currentUser = currentUser;
		this.fields = fields;
	}

	/** The service words the rules; the sizes here only keep oversized bodies out. */
	record NewField(@Size(max = 200) String name, @Size(max = 10_000) String expression, @Size(max = 200) String unit,
			@Size(max = 5_000) String description) {
	}

	record FieldChange(@Size(max = 10_000) String expression, @Size(max = 200) String unit,
			@Size(max = 5_000) String description) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CalculatedField create(@PathVariable UUID id, @Valid @RequestBody NewField body) {
		return fields.create(currentUser.get(), id,
				new CalculatedField(body.name(), body.expression(), body.unit(), body.description()));
	}

	/**
	 * Replaces the field's expression, unit and description; a missing unit or
	 * description clears it.
	 */
	@PutMapping("/{name}")
	CalculatedField update(@PathVariable UUID id, @PathVariable String name, @Valid @RequestBody FieldChange body) {
		return fields.update(currentUser.get(), id, name,
				new CalculatedField(name, body.expression(), body.unit(), body.description()));
	}

	@DeleteMapping("/{name}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id, @PathVariable String name) {
		fields.delete(currentUser.get(), id, name);
	}

}
