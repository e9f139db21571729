package dev.gridsight.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.InvalidInput;

/**
 * User SQL, behind two walls. The checker parses it, allows only a read-only SELECT made
 * of known node types and functions over the workspace's datasets, and renders the SQL
 * that runs from the checked tree (never the user's text). The sandbox then runs that SQL
 * in an engine of its own that holds only those datasets, with a memory, time, row and
 * size budget. Each user runs a bounded number of these at once.
 */
@Service
class RawSqlService {

	private final CatalogRepository catalog;

	private final DatasetAccess access;

	private final SqlSandbox sandbox;

	private final QuerySlots slots;

	RawSqlService(CatalogRepository catalog, DatasetAccess access, SqlSandbox sandbox, WarehouseLimits limits) {
		this.catalog = catalog;
		this.access = access;
		this.sandbox = sandbox;
		this.slots = new QuerySlots(limits.sqlConcurrentPerUser());
	}

	/**
	 * Runs one checked SELECT over the workspace's datasets, named as in the catalog; at
	 * most {@code rowCap} rows back.
	 */
	TabularData run(UUID userId, UUID workspaceId, String sql, int rowCap) {
		access.requireWorkspaceReader(workspaceId, userId);
		Map<String, Optional<CatalogRepository.StoredDataset>> lookedUp = new HashMap<>();
		SqlGuard.CheckedSql checked = SqlGuard.check(sql,
				name -> lookedUp
					.computeIfAbsent(name, key -> catalog.findIdByName(workspaceId, key).flatMap(catalog::find))
					.isPresent());
		List<SqlSandbox.SandboxTable> tables = new ArrayList<>();
		for (String name : checked.datasets()) {
			CatalogRepository.StoredDataset stored = lookedUp.get(name)
				.filter(found -> found.summary().workspaceId().equals(workspaceId))
				.orElseThrow(() -> new InvalidInput("There is no dataset named '" + name + "' in this workspace."));
			if (DatasetAccess.dialectOf(stored) != org.jooq.SQLDialect.DUCKDB) {
				throw new InvalidInput("Dataset " + name
						+ " is a table of an external source; SQL runs over the warehouse's datasets only.");
			}
			tables.add(new SqlSandbox.SandboxTable(name, stored.table(), stored.summary().dataVersion()));
		}
		try (QuerySlots.Slot slot = slots.take(userId)) {
			return sandbox.run(checked.sql(), tables, rowCap);
		}
	}

}
