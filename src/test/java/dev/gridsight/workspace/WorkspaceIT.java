package dev.gridsight.workspace;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WorkspaceIT {

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	private static String create(ApiClient client, String name) {
		ApiClient.Response response = client.post("/api/workspaces", Map.of("name", name));
		assertThat(response.status()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	@Test
	void everyAccountHasAPersonalWorkspaceItCannotDeleteOrLeave() {
		Accounts.Person person = accounts.member();
		ApiClient.Response list = person.client().get("/api/workspaces");
		assertThat(list.json().path("total").asLong()).isEqualTo(1);
		var personal = list.json().path("items").get(0);
		assertThat(personal.path("personal").asBoolean()).isTrue();
		assertThat(personal.path("role").asString()).isEqualTo("owner");
		assertThat(personal.path("id").asString()).isEqualTo(person.id());

		assertThat(person.client().delete("/api/workspaces/" + person.id()).status()).isEqualTo(409);
		assertThat(person.client().delete("/api/workspaces/" + person.id() + "/members/" + person.id()).status())
			.isEqualTo(409);
	}

	@Test
	void ownersAddMembersByEmailAndRolesLimitWhatTheyDo() {
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String id = create(owner.client(), "Plant North");

		ApiClient.Response added = owner.client()
			.post("/api/workspaces/" + id + "/members",
					Map.of("email", viewer.email().toUpperCase(), "role", "viewer"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().path("role").asString()).isEqualTo("viewer");

		assertThat(viewer.client().get("/api/workspaces/" + id).json().path("role").asString()).isEqualTo("viewer");
		assertThat(viewer.client().get("/api/workspaces/" + id + "/members").json().path("total").asLong())
			.isEqualTo(2);

		ApiClient.Response rename = viewer.client().patch("/api/workspaces/" + id, Map.of("name", "Mine now"));
		assertThat(rename.status()).isEqualTo(403);
		assertThat(rename.detail()).contains("owner");
		assertThat(viewer.client().delete("/api/workspaces/" + id).status()).isEqualTo(403);
		assertThat(owner.client().get("/api/workspaces/" + id).json().path("name").asString()).isEqualTo("Plant North");

		ApiClient.Response promote = owner.client()
			.patch("/api/workspaces/" + id + "/members/" + viewer.id(), Map.of("role", "editor"));
		assertThat(promote.json().path("role").asString()).isEqualTo("editor");
	}

	@Test
	void addingAnUnknownEmailSaysSo() {
		Accounts.Person owner = accounts.member();
		String id = create(owner.client(), "Solo");
		ApiClient.Response response = owner.client()
			.post("/api/workspaces/" + id + "/members", Map.of("email", "ghost@nowhere.test", "role", "editor"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).contains("ghost@nowhere.test");
	}

	@Test
	void membersLeaveButTheLastOwnerCannot() {
		Accounts.Person owner = accounts.member();
		Accounts.Person editor = accounts.member();
		String id = create(owner.client(), "Shared");
		owner.client().post("/api/workspaces/" + id + "/members", Map.of("email", editor.email(), "role", "editor"));

		ApiClient.Response ownerLeaves = owner.client().delete("/api/workspaces/" + id + "/members/" + owner.id());
		assertThat(ownerLeaves.status()).isEqualTo(409);
		assertThat(ownerLeaves.detail()).contains("last owner");

		assertThat(editor.client().delete("/api/workspaces/" + id + "/members/" + editor.id()).status()).isEqualTo(204);
		assertThat(editor.client().get("/api/workspaces/" + id).status()).isEqualTo(404);
	}

	@Test
	void onlyTheOwnerDeletesAndDeletionIsAudited() {
		Accounts.Person owner = accounts.member();
		String id = create(owner.client(), "Short-lived");
		assertThat(owner.client().delete("/api/workspaces/" + id).status()).isEqualTo(204);
		assertThat(owner.client().get("/api/workspaces/" + id).status()).isEqualTo(404);
		assertThat(accounts.admin().get("/api/audit?size=200").body()).contains("workspace_deleted").contains(id);
	}

	@Test
	void anotherUsersWorkspaceIdsRevealNothing() {
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String id = create(owner.client(), "Private plant");
		String base = "/api/workspaces/" + id;
		ApiClient s = stranger.client();

		assertThat(s.get(base).status()).isEqualTo(404);
		assertThat(s.patch(base, Map.of("name", "hijacked")).status()).isEqualTo(404);
		assertThat(s.get(base + "/members").status()).isEqualTo(404);
		assertThat(s.post(base + "/members", Map.of("email", stranger.email(), "role", "owner")).status())
			.isEqualTo(404);
		assertThat(s.patch(base + "/members/" + owner.id(), Map.of("role", "viewer")).status()).isEqualTo(404);
		assertThat(s.delete(base + "/members/" + owner.id()).status()).isEqualTo(404);
		assertThat(s.delete(base).status()).isEqualTo(404);
		assertThat(s.get(base).body()).doesNotContain("Private plant");
		// the personal workspace, whose id is the owner's id, is as closed
		assertThat(s.get("/api/workspaces/" + owner.id()).status()).isEqualTo(404);

		ApiClient.Response stillThere = owner.client().get(base);
		assertThat(stillThere.json().path("name").asString()).isEqualTo("Private plant");
		assertThat(stillThere.json().path("memberCount").asLong()).isEqualTo(1);
	}

	@Test
	void rejectsAnUnknownRoleAndABadId() {
		Accounts.Person owner = accounts.member();
		String id = create(owner.client(), "Roles");
		ApiClient.Response badRole = owner.client()
			.post("/api/workspaces/" + id + "/members", Map.of("email", owner.email(), "role", "god"));
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.detail()).contains("role must be");

		ApiClient.Response badId = owner.client().get("/api/workspaces/not-a-uuid");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.detail()).contains("'id'");
	}

}
