package dev.gridsight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points an integration test's context at the database the Failsafe execution names
 * ({@code gridsight.test.database}): a fresh in-memory H2, or a fresh schema on the
 * PostgreSQL server in {@code GRIDSIGHT_TEST_POSTGRES_URL}. PostgreSQL runs are disabled
 * when that is unset.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String POSTGRES_URL_ENV = "GRIDSIGHT_TEST_POSTGRES_URL";

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("gridsight.test.database"));
	}

	/**
	 * A fresh database of the kind this pass tests: an in-memory H2 (shared by every
	 * context of this JVM that opens the same URL), or a new PostgreSQL schema.
	 */
	public static String freshDatabaseUrl() {
		String id = "gs_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return postgres() ? createSchema(System.getenv(POSTGRES_URL_ENV), id) : "jdbc:h2:mem:" + id
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = freshDatabaseUrl();
		Path dataDir;
		try {
			dataDir = Files.createTempDirectory("gridsight-it-");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		// Below a test's own properties, above application.yaml.
		var sources = context.getEnvironment().getPropertySources();
		var testDefaults = new MapPropertySource("testDatabase",
				Map.of("spring.datasource.url", url, "gridsight.data-dir", dataDir.toString(), "gridsight.sample-data",
						"false", "logging.structured.format.console", "",
						// the test context cache keeps several servers alive at once:
						// small pools
						// keep them under PostgreSQL's connection limit
						"spring.datasource.hikari.maximum-pool-size", "6", "spring.datasource.hikari.minimum-idle",
						"1"));
		if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, testDefaults);
		}
		else {
			sources.addFirst(testDefaults);
		}
	}

	private static String createSchema(String baseUrl, String schema) {
		try (Connection connection = DriverManager.getConnection(baseUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test schema on " + POSTGRES_URL_ENV, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(baseUrl, schema)));
		return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void dropSchema(String baseUrl, String schema) {
		try (Connection connection = DriverManager.getConnection(baseUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test schema " + schema + ": " + ex.getMessage());
		}
	}

	/** Disables the PostgreSQL pass when no server is configured, saying why. */
	public static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!postgres()) {
				return ConditionEvaluationResult.enabled("H2");
			}
			String url = System.getenv(POSTGRES_URL_ENV);
			return url == null || url.isBlank()
					? ConditionEvaluationResult.disabled(POSTGRES_URL_ENV + " is not set: PostgreSQL pass skipped")
					: ConditionEvaluationResult
						.enabled("PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***"));
		}

	}

}
