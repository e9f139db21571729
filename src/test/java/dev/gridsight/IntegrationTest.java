package dev.gridsight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real server on a random port, on H2 or on PostgreSQL (see
 * {@link TestDatabase}). Private sources are allowed: the PostgreSQL that plays an
 * external source runs on 127.0.0.1 ({@code SourceHostRefusalIT} shows the default).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gridsight.auth.admin-email=admin@it.test", "gridsight.auth.admin-password=admin-password-1",
				"gridsight.sources.allow-private=true" })
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(TestDatabase.Condition.class)
public @interface IntegrationTest {

	String ADMIN_EMAIL = "admin@it.test";

	String ADMIN_PASSWORD = "admin-password-1";

}
