package dev.gridsight.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

import dev.gridsight.platform.InvalidInput;

/**
 * Where an external PostgreSQL source lives. The JDBC URL is built from checked fields,
 * never taken from the user: no URL parameters can be smuggled in (pgjdbc's socketFactory
 * and sslfactory parameters, and Metabase's H2 URL, led to remote code execution
 * elsewhere). Connections are read-only with statement and socket timeouts, and go only
 * to public addresses unless private sources are allowed ({@link SourceHostCheck}).
 */
record PostgresSource(String host, int port, String database, String username, String sslMode) {

	static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

	private static final String HOST = "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\]";

	private static final String IDENTIFIER = "[A-Za-z0-9_][A-Za-z0-9_$.-]{0,62}";

	PostgresSource {
		if (host == null || !host.matches(HOST)) {
			throw new InvalidInput("host must be a host name or an IP address.");
		}
		if (port < 1 || port > 65535) {
			throw new InvalidInput("port must be between 1 and 65535.");
		}
		if (database == null || !database.matches(IDENTIFIER)) {
			throw new InvalidInput("database must be a plain database name (letters, digits, _ . - $).");
		}
		if (username == null || !username.matches(IDENTIFIER)) {
			throw new InvalidInput("username must be a plain role name (letters, digits, _ . - $).");
		}
		if (sslMode == null) {
			sslMode = "prefer";
		}
		if (!SSL_MODES.contains(sslMode)) {
			throw new InvalidInput(
					"sslMode must be one of " + String.join(", ", SSL_MODES.stream().sorted().toList()) + ".");
		}
	}

	/** The driver's settings: fixed here, none of them from the user but the password. */
	Properties properties(String password, boolean allowPrivate) {
		Properties properties = new Properties();
		// the driver's own sockets check the address they connect to (DNS rebinding)
		properties.setProperty("socketFactory", SourceSocketFactory.class.getName());
		properties.setProperty(SourceSocketFactory.ALLOW_PRIVATE, Boolean.toString(allowPrivate));
		properties.setProperty("user", username);
		properties.setProperty("password", password == null ? "" : password);
		properties.setProperty("sslmode", sslMode);
		properties.setProperty("readOnly", "true");
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("socketTimeout", "120");
		properties.setProperty("ApplicationName", "gridsight");
		properties.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout=60000");
		return properties;
	}

	/**
	 * @param allowPrivate {@code gridsight.sources.allow-private}: whether the host may
	 * be on loopback or a private network
	 */
	Connection open(String password, boolean allowPrivate) throws SQLException {
		SourceHostCheck.require(host, allowPrivate);
		Properties properties = properties(password, allowPrivate);
		Connection connection;
		try {
			connection = new org.postgresql.Driver().connect("jdbc:postgresql://" + host + ":" + port + "/" + database,
					properties);
		}
		catch (SQLException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SourceSocketFactory.PrivateAddressRefused refused) {
					throw new InvalidInput(refused.getMessage());
				}
			}
			throw ex;
		}
		if (connection == null) {
			throw new SQLException("The PostgreSQL driver refused the address");
		}
		connection.setReadOnly(true);
		return connection;
	}

}
