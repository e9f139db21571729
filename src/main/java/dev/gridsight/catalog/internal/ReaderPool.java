package dev.gridsight.catalog.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reader connections kept for reuse, each with its prepared statements cached by SQL
 * text: a dashboard asks the same chart queries again and again with other bound values,
 * and DuckDB then skips parsing, binding and planning (about a millisecond a query).
 *
 * <p>
 * A borrowed connection is a proxy: {@code close()} hands it back, and
 * {@code prepareStatement(sql)} returns the cached statement whose {@code close()} only
 * clears its parameters. Only code that leaves no session state behind may borrow one (no
 * temporary views, no settings): the chart module's queries do; raw SQL, which creates
 * temporary views, takes a fresh connection instead.
 */
final class ReaderPool implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReaderPool.class);

	/** Plans kept per connection, least recently used dropped first. */
	static final int STATEMENTS_PER_CONNECTION = 64;

	private final DuckDBConnection root;

	private final BlockingQueue<Reader> idle;

	ReaderPool(DuckDBConnection root, int size) {
		this.root = root;
		this.idle = new ArrayBlockingQueue<>(size);
	}

	/** A connection for read-only work; closing it returns it to the pool. */
	Connection borrow() throws SQLException {
		Reader reader = this.idle.poll();
		if (reader == null) {
			reader = new Reader(this.root.duplicate());
		}
		return reader.lend();
	}

	int idleCount() {
		return this.idle.size();
	}

	@Override
	public void close() {
		Reader reader;
		while ((reader = this.idle.poll()) != null) {
			reader.closeQuietly();
		}
	}

	private void giveBack(Reader reader) {
		if (!this.idle.offer(reader)) {
			reader.closeQuietly();
		}
	}

	/** One pooled connection and its statement cache. */
	private final class Reader {

		private final Connection connection;

		private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
				if (size() > STATEMENTS_PER_CONNECTION) {
					closeStatement(eldest.getValue());
					return true;
				}
				return false;
			}

		};

		Reader(Connection connection) {
			this.connection = connection;
		}

		Connection lend() {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Lease());
		}

		PreparedStatement statement(String sql) throws SQLException {
			PreparedStatement statement = this.statements.get(sql);
			if (statement == null || statement.isClosed()) {
				statement = this.connection.prepareStatement(sql);
				this.statements.put(sql, statement);
			}
			PreparedStatement cached = statement;
			return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
						if (method.getName().equals("close") && method.getParameterCount() == 0) {
							if (!cached.isClosed()) {
								cached.clearParameters();
							}
							return null;
						}
						try {
							return method.invoke(cached, args);
						}
						catch (InvocationTargetException ex) {
							if (ex.getCause() instanceof SQLException) {
								// a failed plan (a dropped table, say) is prepared afresh
								// next
								// time
								forget(sql, cached);
							}
							throw ex.getCause();
						}
					});
		}

		private void forget(String sql, PreparedStatement statement) {
			this.statements.remove(sql, statement);
			closeStatement(statement);
		}

		void closeQuietly() {
			this.statements.values().forEach(ReaderPool::closeStatement);
			this.statements.clear();
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				log.debug("Closing a reader connection failed", ex);
			}
		}

		/** One borrowing: usable until closed, then handed back. */
		private final class Lease implements InvocationHandler {

			private boolean closed;

			@Override
			public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
				String name = method.getName();
				if (name.equals("close") && method.getParameterCount() == 0) {
					if (!this.closed) {
						this.closed = true;
						giveBack(Reader.this);
					}
					return null;
				}
				if (name.equals("isClosed") && method.getParameterCount() == 0) {
					return this.closed || Reader.this.connection.isClosed();
				}
				if (this.closed) {
					throw new SQLException("This reader connection was handed back to the pool.");
				}
				if (name.equals("prepareStatement") && method.getParameterCount() == 1) {
					return statement((String) args[0]);
				}
				try {
					return method.invoke(Reader.this.connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			}

		}

	}

	private static void closeStatement(PreparedStatement statement) {
		try {
			statement.close();
		}
		catch (SQLException ex) {
			log.debug("Closing a cached statement failed", ex);
		}
	}

}
