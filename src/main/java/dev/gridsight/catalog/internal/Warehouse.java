package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.GridsightProperties;

/**
 * The embedded DuckDB warehouse holding the datasets: one file under the data directory,
 * one writer at a time, any number of concurrent readers (duplicated connections).
 * Extensions are never downloaded: only the built-in ones (parquet, json, icu) are used.
 *
 * <p>
 * The engine is a wall of its own, whatever the code above it builds: it can reach no
 * file outside the uploads folder (imports read from it) and the sandbox snapshots folder
 * (it writes them), its memory, threads and spill space are bounded, and the
 * configuration is locked so that no statement can widen any of it.
 */
@Component
class Warehouse implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

	/**
	 * Reader connections kept with their plans; more concurrent readers get fresh ones.
	 */
	static final int POOLED_READERS = 8;

	private final DuckDBConnection root;

	private final ReentrantLock writer = new ReentrantLock(true);

	private final ReaderPool readers;

	private final Path uploads;

	private final Path snapshots;

	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "warehouse-timeout");
		thread.setDaemon(true);
		return thread;
	});

	Warehouse(GridsightProperties properties, WarehouseLimits limits) throws SQLException, IOException {
		Path directory = properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		this.uploads = Files.createDirectories(directory.resolve("uploads"));
		this.snapshots = Files.createDirectories(directory.resolve("sandbox"));
		this.root = (DuckDBConnection) DriverManager
			.getConnection("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"), settings(limits));
		this.readers = new ReaderPool(this.root, POOLED_READERS);
		log.info("Warehouse open at {}", directory.resolve("warehouse.duckdb"));
	}

	/** The engine's own walls, set before the database opens and locked. */
	private Properties settings(WarehouseLimits limits) {
		Properties settings = new Properties();
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "true");
		settings.setProperty("enable_external_access", "false");
		settings.setProperty("allowed_directories",
				"[" + quoted(this.uploads.toString() + "/") + ", " + quoted(this.snapshots.toString() + "/") + "]");
		settings.setProperty("memory_limit", limits.warehouseMemory());
		settings.setProperty("threads", Integer.toString(limits.warehouseThreads()));
		settings.setProperty("max_temp_directory_size", limits.warehouseSpill());
		settings.setProperty("lock_configuration", "true");
		return settings;
	}

	static String quoted(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/** Where uploads are spooled before import: the engine may read here. */
	Path uploads() {
		return this.uploads;
	}

	/** Where sandbox snapshots of datasets are written: the engine may write here. */
	Path snapshots() {
		return this.snapshots;
	}

	/** A fresh connection for reading; the caller closes it. */
	Connection reader() throws SQLException {
		return root.duplicate();
	}

	/**
	 * A pooled connection whose prepared statements are cached by SQL text, for work that
	 * leaves no session state behind (see {@link ReaderPool}); closing it hands it back.
	 */
	Connection pooledReader() throws SQLException {
		return readers.borrow();
	}

	/**
	 * Work that changes the warehouse: one at a time, in a transaction rolled back on
	 * failure.
	 */
	<T> T write(WriteWork<T> work) {
		writer.lock();
		try (Connection connection = root.duplicate()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new WarehouseFailure(ex);
		}
		finally {
			writer.unlock();
		}
	}

	/**
	 * Cancels the statement if it runs longer than {@code timeout}; the caller closes the
	 * handle.
	 */
	ScheduledFuture<?> cancelAfter(Statement statement, Duration timeout) {
		return watchdog.schedule(() -> {
			try {
				statement.cancel();
			}
			catch (SQLException ex) {
				log.debug("Cancelling a statement failed", ex);
			}
		}, timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() throws SQLException {
		watchdog.shutdownNow();
		readers.close();
		root.close();
	}

	@FunctionalInterface
	interface WriteWork<T> {

		T run(Connection connection) throws SQLException;

	}

	/** A warehouse error that is not the user's fault. */
	static class WarehouseFailure extends RuntimeException {

		WarehouseFailure(SQLException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
