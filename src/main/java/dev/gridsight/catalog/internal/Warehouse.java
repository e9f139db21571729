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

	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "warehouse-timeout");
		thread.setDaemon(true);
		return thread;
	});

	Warehouse(GridsightProperties properties) throws SQLException, IOException {
		Path directory = properties.dataDir().toAbsolutePath();
		Files.createDirectories(directory);
		Properties settings = new Properties();
		settings.setProperty("autoinstall_known_extensions", "false");
		settings.setProperty("autoload_known_extensions", "true");
		this.root = (DuckDBConnection) DriverManager
			.getConnection("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"), settings);
		this.readers = new ReaderPool(this.root, POOLED_READERS);
		log.info("Warehouse open at {}", directory.resolve("warehouse.duckdb"));
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
