package dev.gridsight.catalog.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import dev.gridsight.catalog.DatasetColumn;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.catalog.DatasetWriter;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.Conflict;
import dev.gridsight.platform.InvalidInput;

/**
 * Datasets that other modules write: created through the importer from the first rows (a
 * CSV the importer reads like any upload), then appended to like any live dataset, so
 * every check and event of those paths applies.
 */
@Service
class DatasetWrites implements DatasetWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatasetService datasets;

	private final AppendService appends;

	private final CatalogRepository catalog;

	DatasetWrites(DatasetService datasets, AppendService appends, CatalogRepository catalog) {
		this.datasets = datasets;
		this.appends = appends;
		this.catalog = catalog;
	}

	@Override
	public UUID write(UserAccount user, UUID workspaceId, String name, List<DatasetColumn> columns,
			List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			throw new InvalidInput("Nothing to write to " + name + ".");
		}
		UUID workspace = workspaceId == null ? user.personalWorkspaceId() : workspaceId;
		Optional<UUID> existing = catalog.findIdByName(workspace, name);
		if (existing.isEmpty()) {
			try {
				return create(user, workspace, name, columns, rows);
			}
			catch (Conflict ex) {
				// another writer created it meanwhile: append to theirs
				existing = catalog.findIdByName(workspace, name);
				if (existing.isEmpty()) {
					throw ex;
				}
			}
		}
		appends.appendJson(user, existing.get(), JSON.writeValueAsString(rows), null);
		return existing.get();
	}

	private UUID create(UserAccount user, UUID workspace, String name, List<DatasetColumn> columns,
			List<Map<String, Object>> rows) {
		Path file = null;
		try {
			file = Files.createTempFile("gridsight-write-", ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write(String.join(",", columns.stream().map(DatasetColumn::name).toList()));
				out.write('\n');
				for (Map<String, Object> row : rows) {
					StringBuilder line = new StringBuilder();
					for (int c = 0; c < columns.size(); c++) {
						if (c > 0) {
							line.append(',');
						}
						Object value = row.get(columns.get(c).name());
						line.append(value == null ? "" : quote(value.toString()));
					}
					out.write(line.toString());
					out.write('\n');
				}
			}
			Path source = file;
			DatasetSummary imported = datasets.importFile(user, workspace, name, name + ".csv", "UTC",
					target -> Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
			for (DatasetColumn column : columns) {
				datasets.updateColumn(user, imported.id(), column.name(), column.role(),
						column.unit() == null ? "" : column.unit(),
						column.description() == null ? "" : column.description(), column.synonyms());
			}
			return imported.id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing rows for " + name + " failed", ex);
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

	private static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
