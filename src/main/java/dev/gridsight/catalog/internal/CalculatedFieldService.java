package dev.gridsight.catalog.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.gridsight.catalog.CalculatedField;
import dev.gridsight.catalog.CalculatedFieldCheck;
import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;

/**
 * A dataset's calculated fields: stored in the catalog, checked by compiling them as a
 * chart would before they are stored.
 */
@Service
class CalculatedFieldService {

	static final int MAX_NAME = 63;

	static final int MAX_EXPRESSION = 1_000;

	static final int MAX_UNIT = 40;

	static final int MAX_DESCRIPTION = 1_000;

	private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

	private final CatalogRepository catalog;

	private final DatasetAccess datasets;

	private final CalculatedFieldCheck check;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalculatedFieldService(CatalogRepository catalog, DatasetAccess datasets, CalculatedFieldCheck check,
			ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.datasets = datasets;
		this.check = check;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	CalculatedField create(UserAccount user, UUID datasetId, CalculatedField requested) {
		CatalogRepository.StoredDataset stored = datasets.editable(datasetId, user.id());
		CalculatedField field = normalised(requested.name() == null ? null : requested.name().trim(), requested);
		String datasetName = stored.summary().name();
		List<CalculatedField> fields = lockFields(datasetId);
		for (DatasetColumn column : stored.summary().columns()) {
			if (column.name().toLowerCase(Locale.ROOT).equals(field.name())) {
				throw new Conflict("Dataset " + datasetName + " already has a column named '" + column.name()
						+ "'; give the calculated field another name.");
			}
		}
		if (fields.stream().anyMatch(other -> other.name().equals(field.name()))) {
			throw new Conflict("Dataset " + datasetName + " already has a calculated field named '" + field.name()
					+ "'; change it instead, or choose another name.");
		}
		fields.add(field);
		check.check(DatasetAccess.schemaOf(stored, fields), field.name(), user.id());
		catalog.insertCalculatedField(datasetId, field, now());
		audit(user, "calculated_field_created", datasetId, datasetName, field);
		return field;
	}

	@Transactional
	CalculatedField update(UserAccount user, UUID datasetId, String name, CalculatedField requested) {
		CatalogRepository.StoredDataset stored = datasets.editable(datasetId, user.id());
		List<CalculatedField> fields = lockFields(datasetId);
		int index = indexOf(fields, name, stored);
		CalculatedField field = normalised(name, requested);
		fields.set(index, field);
		// fields using this one are not checked apart: a cycle through them shows here
		check.check(DatasetAccess.schemaOf(stored, fields), field.name(), user.id());
		catalog.updateCalculatedField(datasetId, field, now());
		audit(user, "calculated_field_changed", datasetId, stored.summary().name(), field);
		return field;
	}

	@Transactional
	void delete(UserAccount user, UUID datasetId, String name) {
		CatalogRepository.StoredDataset stored = datasets.editable(datasetId, user.id());
		List<CalculatedField> fields = lockFields(datasetId);
		CalculatedField field = fields.get(indexOf(fields, name, stored));
		List<String> dependents = fields.stream()
			.filter(other -> !other.name().equals(name) && check.namesUsedBy(other).contains(name))
			.map(CalculatedField::name)
			.toList();
		if (!dependents.isEmpty()) {
			throw new Conflict("Calculated field '" + name + "' is used by "
					+ String.join(", ", dependents.stream().map(other -> "'" + other + "'").toList())
					+ "; change or delete " + (dependents.size() == 1 ? "it" : "them") + " first.");
		}
		catalog.deleteCalculatedField(datasetId, name);
		audit(user, "calculated_field_deleted", datasetId, stored.summary().name(), field);
	}

	/**
	 * The stored fields, read after raising the data version: that update holds the
	 * dataset's row, so a concurrent change to its fields waits for this one.
	 */
	private List<CalculatedField> lockFields(UUID datasetId) {
		catalog.raiseDataVersion(datasetId, now());
		return new ArrayList<>(catalog.calculatedFields(datasetId));
	}

	private static int indexOf(List<CalculatedField> fields, String name, CatalogRepository.StoredDataset stored) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new NotFound("Dataset " + stored.summary().name() + " has no calculated field '" + name + "'.");
	}

	/** The field as it will be stored: trimmed, blanks as null, every rule checked. */
	static CalculatedField normalised(String name, CalculatedField requested) {
		checkName(name);
		String expression = requested.expression() == null ? "" : requested.expression().trim();
		if (expression.isEmpty()) {
			throw new InvalidInput("Calculated field '" + name + "' needs an expression, such as a * b.");
		}
		if (expression.length() > MAX_EXPRESSION) {
			throw new InvalidInput("The expression of calculated field '" + name + "' is " + expression.length()
					+ " characters long; at most " + MAX_EXPRESSION + " are allowed.");
		}
		String unit = blankToNull(requested.unit());
		if (unit != null && unit.length() > MAX_UNIT) {
			throw new InvalidInput("A unit has at most " + MAX_UNIT + " characters.");
		}
		String description = blankToNull(requested.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw new InvalidInput("A description has at most " + MAX_DESCRIPTION + " characters.");
		}
		return new CalculatedField(name, expression, unit, description);
	}

	static void checkName(String name) {
		if (name == null || name.isEmpty()) {
			throw new InvalidInput("A calculated field needs a name, such as cost_usd.");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInput("The name '" + name + "' is " + name.length() + " characters long; at most "
					+ MAX_NAME + " are allowed.");
		}
		if (!SNAKE_CASE.matcher(name).matches()) {
			String suggestion = snakeCase(name);
			throw new InvalidInput("The name '" + name
					+ "' is not snake_case: use lower-case letters, digits and _, starting with a letter"
					+ (suggestion.isEmpty() || suggestion.length() > MAX_NAME ? "" : " (such as '" + suggestion + "')")
					+ ".");
		}
	}

	/** The snake_case name closest to what was typed: "Cost (USD)" → cost_usd. */
	static String snakeCase(String name) {
		String snake = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return !snake.isEmpty() && Character.isDigit(snake.charAt(0)) ? "f_" + snake : snake;
	}

	private void audit(UserAccount user, String action, UUID datasetId, String datasetName, CalculatedField field) {
		String detail = datasetName + "." + field.name()
				+ (action.endsWith("deleted") ? "" : " = " + field.expression());
		events.publishEvent(AuditEvent.of(user.id(), user.email(), action, "dataset", datasetId, detail));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
