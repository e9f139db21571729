package dev.gridsight;

import java.util.Map;
import java.util.UUID;

/** Makes signed-in people for integration tests, through the public API. */
public final class Accounts {

	private final int port;

	public Accounts(int port) {
		this.port = port;
	}

	public record Person(String id, String email, String password, ApiClient client) {
	}

	public ApiClient admin() {
		ApiClient admin = new ApiClient(port);
		admin.loginOk(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
		return admin;
	}

	public Person member() {
		String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
		String password = "pw-" + UUID.randomUUID();
		ApiClient.Response created = admin().post("/api/users",
				Map.of("email", email, "displayName", "Test " + email, "password", password, "role", "member"));
		if (created.status() != 201) {
			throw new AssertionError("could not create " + email + ": " + created.body());
		}
		ApiClient client = new ApiClient(port);
		client.loginOk(email, password);
		return new Person(created.json().path("id").asString(), email, password, client);
	}

}
