package dev.gridsight.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gridsight.identity.UserAccount;

/**
 * Lets another module keep its results as a dataset of the workspace (the energy model's
 * plans), so that they chart, pin, share and refresh like any data. The user must be an
 * editor of the workspace.
 */
public interface DatasetWriter {

	/**
	 * Appends rows to the workspace's dataset named {@code name}; when there is none, it
	 * is created from these rows with these columns (their roles, units and
	 * descriptions). Values are numbers, text, or timestamps as
	 * {@code yyyy-MM-dd HH:mm:ss} text; a row names only the given columns.
	 * @return the dataset's id
	 */
	UUID write(UserAccount user, UUID workspaceId, String name, List<DatasetColumn> columns,
			List<Map<String, Object>> rows);

}
