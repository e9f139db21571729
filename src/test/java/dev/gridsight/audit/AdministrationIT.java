package dev.gridsight.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdministrationIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	@Test
	void membersCannotManageUsersOrReadTheAuditLog() {
		Accounts.Person member = accounts.member();
		ApiClient c = member.client();
		assertThat(c.get("/api/users").status()).isEqualTo(403);
		assertThat(c.post("/api/users", Map.of("email", "x@it.test", "password", "long-enough-1")).status())
			.isEqualTo(403);
		assertThat(c.patch("/api/users/" + member.id(), Map.of("role", "admin")).status()).isEqualTo(403);
		assertThat(c.get("/api/audit").status()).isEqualTo(403);
		assertThat(c.get("/api/me").json().path("role").asString()).isEqualTo("member");
	}

	@Test
	void theAuditLogRecordsSecurityRelevantActions() {
		Accounts.Person member = accounts.member();
		new ApiClient(port).login(member.email(), "wrong-password");
		member.client().post("/api/tokens", Map.of("name", "audited"));
		ApiClient admin = accounts.admin();
		assertThat(admin.patch("/api/users/" + member.id(), Map.of("role", "admin")).status()).isEqualTo(200);

		ApiClient.Response log = admin.get("/api/audit?size=200");
		assertThat(log.status()).isEqualTo(200);
		String body = log.body();
		assertThat(body).contains("\"login\"", "\"login_failed\"", "\"token_created\"", "\"role_changed\"",
				"\"user_created\"");
		assertThat(body).contains(member.email() + ": member -> admin");
		assertThat(body).doesNotContain("wrong-password").doesNotContain(member.password());
		var newest = log.json().path("items").get(0);
		assertThat(newest.path("action").asString()).isEqualTo("role_changed");
		assertThat(newest.path("ip").asString()).isEqualTo("127.0.0.1");
	}

	@Test
	void aRoleChangeAppliesToOpenSessionsAtOnce() {
		Accounts.Person member = accounts.member();
		ApiClient admin = accounts.admin();
		admin.patch("/api/users/" + member.id(), Map.of("role", "admin"));
		assertThat(member.client().get("/api/users").status()).isEqualTo(200);
		admin.patch("/api/users/" + member.id(), Map.of("role", "member"));
		assertThat(member.client().get("/api/users").status()).isEqualTo(403);
	}

	@Test
	void theLastAdministratorCannotBeDemoted() {
		ApiClient admin = accounts.admin();
		String adminId = admin.get("/api/me").json().path("id").asString();
		// other tests may have promoted members: demote them first
		for (var user : admin.get("/api/users?size=200").json().path("items")) {
			if (!user.path("id").asString().equals(adminId) && user.path("role").asString().equals("admin")) {
				admin.patch("/api/users/" + user.path("id").asString(), Map.of("role", "member"));
			}
		}
		ApiClient.Response response = admin.patch("/api/users/" + adminId, Map.of("role", "member"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.detail()).contains("last administrator");
	}

	@Test
	void refusesADuplicateEmailAndAShortPassword() {
		Accounts.Person member = accounts.member();
		ApiClient admin = accounts.admin();
		ApiClient.Response duplicate = admin.post("/api/users",
				Map.of("email", member.email().toUpperCase(), "password", "long-enough-1"));
		assertThat(duplicate.status()).isEqualTo(409);
		ApiClient.Response shortPassword = admin.post("/api/users", Map.of("email", "short@it.test", "password", "x"));
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
	}

	@Test
	void changesOwnPasswordOnlyWithTheCurrentOne() {
		Accounts.Person member = accounts.member();
		ApiClient.Response wrong = member.client()
			.post("/api/me/password", Map.of("currentPassword", "nope", "newPassword", "new-password-1"));
		assertThat(wrong.status()).isEqualTo(400);
		ApiClient.Response ok = member.client()
			.post("/api/me/password", Map.of("currentPassword", member.password(), "newPassword", "new-password-1"));
		assertThat(ok.status()).isEqualTo(204);
		assertThat(new ApiClient(port).login(member.email(), member.password()).status()).isEqualTo(401);
		assertThat(new ApiClient(port).login(member.email(), "new-password-1").status()).isEqualTo(200);
	}

}
