package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.platform.InvalidInput;

/**
 * The engine-level wall around user SQL: each query runs in a DuckDB database of its own,
 * in memory, that holds views of exactly the datasets the query was allowed to read and
 * nothing else. Those views read Parquet snapshots of the datasets (one file per dataset
 * and data version, written by the warehouse and reused until the data changes). The
 * sandbox cannot reach the file system beyond those files, cannot see the warehouse or
 * any other workspace's tables, and has its own memory, thread and time budget; its
 * configuration is locked before the query runs.
 *
 * <p>
 * This holds even if the SQL checker let something through: the tests run attacks with
 * the checker bypassed.
 */
@Component
class SqlSandbox {

	private static final Logger log = LoggerFactory.getLogger(SqlSandbox.class);

	private final Warehouse warehouse;

	private final WarehouseLimits limits;

	private final ConcurrentMap<String, Object> snapshotLocks = new ConcurrentHashMap<>();

	SqlSandbox(Warehouse warehouse, WarehouseLimits limits) {
		this.warehouse = warehouse;
		this.limits = limits;
	}

	/**
	 * A dataset the query may read: its name in the query, the warehouse table that holds
	 * it, and the data version its snapshot is made for.
	 */
	record SandboxTable(String name, String table, long dataVersion) {
	}

	/**
	 * Runs the SQL over views of these datasets only, at most {@code rowCap} rows and the
	 * configured number of bytes back.
	 */
	TabularData run(String sql, List<SandboxTable> tables, int rowCap) {
		List<Path> files = new ArrayList<>();
		for (SandboxTable table : tables) {
			files.add(snapshot(table));
		}
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings(files));
				Statement statement = connection.createStatement()) {
			for (int i = 0; i < tables.size(); i++) {
				statement.execute("CREATE VIEW " + identifier(tables.get(i).name()) + " AS SELECT * FROM read_parquet("
						+ Warehouse.quoted(files.get(i).toString()) + ")");
			}
			var timeout = this.warehouse.cancelAfter(statement, this.limits.sqlTimeout());
			try (ResultSet rs = statement.executeQuery(sql)) {
				return TabularData.read(rs, rowCap, this.limits.sqlResponseBytes().toBytes());
			}
			finally {
				timeout.cancel(false);
			}
		}
		catch (TabularData.TooLarge ex) {
			throw new InvalidInput("The answer is larger than " + this.limits.sqlResponseBytes().toMegabytes()
					+ " MB (gridsight.warehouse.sql-response-bytes); select fewer rows or columns.");
		}
		catch (SQLException ex) {
			throw refusal(ex);
		}
	}

	/**
	 * The engine's own walls for one query: set before the database opens, then locked.
	 */
	private Properties settings(List<Path> files) {
		Properties settings = new Properties();
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "false");
		settings.setProperty("enable_external_access", "false");
		settings.setProperty("allowed_paths",
				files.stream()
					.map(file -> Warehouse.quoted(file.toString()))
					.collect(Collectors.joining(", ", "[", "]")));
		settings.setProperty("memory_limit", this.limits.sqlMemory());
		settings.setProperty("threads", Integer.toString(this.limits.sqlThreads()));
		settings.setProperty("max_temp_directory_size", "0GB");
		settings.setProperty("lock_configuration", "true");
		return settings;
	}

	/** What the user is told when the engine refuses or stops a query. */
	InvalidInput refusal(SQLException ex) {
		String reason = DatasetImporter.readable(ex);
		String lower = (ex.getMessage() == null ? reason : ex.getMessage()).toLowerCase(Locale.ROOT);
		if (lower.contains("interrupt")) {
			return new InvalidInput("The query ran out of its time budget (" + this.limits.sqlTimeout().toSeconds()
					+ " s, gridsight.warehouse.sql-timeout) and was stopped.");
		}
		if (lower.contains("out of memory") || lower.contains("failed to allocate")) {
			return new InvalidInput("The query ran out of its memory budget (" + this.limits.sqlMemory()
					+ ", gridsight.warehouse.sql-memory) and was stopped.");
		}
		if (lower.contains("permission error")) {
			return new InvalidInput("The query tried to reach something other than its datasets and was refused.");
		}
		return new InvalidInput("The query failed: " + reason);
	}

	/**
	 * The dataset's snapshot for this data version, written once (under a lock per file)
	 * and replaced when the data changes.
	 */
	private Path snapshot(SandboxTable table) {
		Path file = this.warehouse.snapshots().resolve(table.table() + "-v" + table.dataVersion() + ".parquet");
		if (Files.exists(file)) {
			return file;
		}
		synchronized (this.snapshotLocks.computeIfAbsent(file.toString(), key -> new Object())) {
			try {
				if (Files.exists(file)) {
					return file;
				}
				Path partial = this.warehouse.snapshots().resolve(table.table() + "-" + UUID.randomUUID() + ".partial");
				try (Connection connection = this.warehouse.reader();
						Statement statement = connection.createStatement()) {
					statement.execute("COPY (SELECT * FROM " + identifier(table.table()) + ") TO "
							+ Warehouse.quoted(partial.toString()) + " (FORMAT parquet)");
				}
				catch (SQLException ex) {
					Files.deleteIfExists(partial);
					throw new InvalidInput(
							"Reading dataset " + table.name() + " failed: " + DatasetImporter.readable(ex));
				}
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
				forget(table.table(), file);
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Writing a sandbox snapshot failed", ex);
			}
			finally {
				this.snapshotLocks.remove(file.toString());
			}
		}
	}

	/** Deletes the table's snapshots, but for {@code keep} (null: all of them). */
	void forget(String table, Path keep) {
		try (Stream<Path> files = Files.list(this.warehouse.snapshots())) {
			files.filter(file -> file.getFileName().toString().startsWith(table + "-"))
				.filter(file -> !file.equals(keep))
				.forEach(file -> {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException ex) {
						log.debug("Deleting an old snapshot failed", ex);
					}
				});
		}
		catch (IOException ex) {
			log.debug("Listing the snapshots failed", ex);
		}
	}

	static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
