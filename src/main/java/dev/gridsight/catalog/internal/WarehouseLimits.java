package dev.gridsight.catalog.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The budgets of the warehouse engine and of the sandbox that runs user SQL
 * ({@code gridsight.warehouse.*}, environment {@code GRIDSIGHT_WAREHOUSE_*}).
 *
 * @param warehouseMemory DuckDB's memory limit for the warehouse (imports, charts)
 * @param warehouseThreads DuckDB's worker threads for the warehouse
 * @param warehouseSpill the most the warehouse may spill to its temporary folder
 * @param sqlMemory the memory limit of one user SQL query's sandbox
 * @param sqlThreads the worker threads of one sandbox
 * @param sqlTimeout how long any read of the warehouse may run (user SQL, dataset rows,
 * column values) before it is cancelled
 * @param sqlResponseBytes the most text one user SQL answer may carry
 * @param sqlConcurrentPerUser how many user SQL queries one user may run at once
 */
@ConfigurationProperties("gridsight.warehouse")
record WarehouseLimits(String warehouseMemory, Integer warehouseThreads, String warehouseSpill, String sqlMemory,
		Integer sqlThreads, Duration sqlTimeout, DataSize sqlResponseBytes, Integer sqlConcurrentPerUser) {

	WarehouseLimits {
		warehouseMemory = warehouseMemory == null ? "4GB" : warehouseMemory;
		warehouseThreads = warehouseThreads == null ? Math.max(1, Runtime.getRuntime().availableProcessors())
				: warehouseThreads;
		warehouseSpill = warehouseSpill == null ? "20GB" : warehouseSpill;
		sqlMemory = sqlMemory == null ? "512MB" : sqlMemory;
		sqlThreads = sqlThreads == null ? 1 : sqlThreads;
		sqlTimeout = sqlTimeout == null ? Duration.ofSeconds(30) : sqlTimeout;
		sqlResponseBytes = sqlResponseBytes == null ? DataSize.ofMegabytes(32) : sqlResponseBytes;
		sqlConcurrentPerUser = sqlConcurrentPerUser == null ? 2 : sqlConcurrentPerUser;
	}

	/** The defaults, for tests that build the parts by hand. */
	static WarehouseLimits defaults() {
		return new WarehouseLimits(null, null, null, null, null, null, null, null);
	}

}
