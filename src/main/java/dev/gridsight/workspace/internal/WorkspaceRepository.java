package dev.gridsight.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;
import dev.gridsight.workspace.WorkspaceRole;

@Repository
class WorkspaceRepository {

	private final JdbcClient jdbc;

	WorkspaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Membership(Workspace workspace, WorkspaceRole role, long memberCount) {
	}

	void insert(Workspace workspace, UUID personalOwner) {
		jdbc.sql("insert into workspaces (id, name, personal_owner_id, created_at) values (?, ?, ?, ?)")
			.params(workspace.id(), workspace.name(), personalOwner, workspace.createdAt())
			.update();
	}

	Optional<Workspace> find(UUID id) {
		return jdbc.sql("select id, name, personal_owner_id, created_at from workspaces where id = ?")
			.param(id)
			.query((rs, n) -> mapWorkspace(rs))
			.optional();
	}

	void rename(UUID id, String name) {
		jdbc.sql("update workspaces set name = ? where id = ?").params(name, id).update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from workspace_members where workspace_id = ?").param(id).update();
		jdbc.sql("delete from workspaces where id = ?").param(id).update();
	}

	Optional<WorkspaceRole> roleOf(UUID workspaceId, UUID userId) {
		return jdbc.sql("select role from workspace_members where workspace_id = ? and user_id = ?")
			.params(workspaceId, userId)
			.query((rs, n) -> WorkspaceRole.fromWire(rs.getString("role")))
			.optional();
	}

	private static final String MEMBERSHIP_SELECT = """
			select w.id, w.name, w.personal_owner_id, w.created_at, m.role,
			       (select count(*) from workspace_members c where c.workspace_id = w.id) as member_count
			from workspaces w join workspace_members m on m.workspace_id = w.id
			where m.user_id = ?""";

	List<Membership> memberships(UUID userId, PageQuery page) {
		return jdbc
			.sql(MEMBERSHIP_SELECT + " order by w.personal_owner_id is null, lower(w.name), w.id limit ? offset ?")
			.params(userId, page.size(), page.offset())
			.query(WorkspaceRepository::mapMembership)
			.list();
	}

	Optional<Membership> membership(UUID workspaceId, UUID userId) {
		return jdbc.sql(MEMBERSHIP_SELECT + " and w.id = ?")
			.params(userId, workspaceId)
			.query(WorkspaceRepository::mapMembership)
			.optional();
	}

	long countMemberships(UUID userId) {
		return jdbc.sql("select count(*) from workspace_members where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
	}

	List<Member> members(UUID workspaceId, PageQuery page) {
		return jdbc.sql("""
				select u.id, u.email, u.display_name, m.role
				from workspace_members m join users u on u.id = m.user_id
				where m.workspace_id = ? order by lower(u.email) limit ? offset ?""")
			.params(workspaceId, page.size(), page.offset())
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), WorkspaceRole.fromWire(rs.getString("role"))))
			.list();
	}

	long countMembers(UUID workspaceId) {
		return jdbc.sql("select count(*) from workspace_members where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	long countOwners(UUID workspaceId) {
		return jdbc.sql("select count(*) from workspace_members where workspace_id = ? and role = ?")
			.params(workspaceId, WorkspaceRole.OWNER.wire())
			.query(Long.class)
			.single();
	}

	void addMember(UUID workspaceId, UUID userId, WorkspaceRole role, OffsetDateTime at) {
		jdbc.sql("insert into workspace_members (workspace_id, user_id, role, added_at) values (?, ?, ?, ?)")
			.params(workspaceId, userId, role.wire(), at)
			.update();
	}

	void changeRole(UUID workspaceId, UUID userId, WorkspaceRole role) {
		jdbc.sql("update workspace_members set role = ? where workspace_id = ? and user_id = ?")
			.params(role.wire(), workspaceId, userId)
			.update();
	}

	void removeMember(UUID workspaceId, UUID userId) {
		jdbc.sql("delete from workspace_members where workspace_id = ? and user_id = ?")
			.params(workspaceId, userId)
			.update();
	}

	private static Workspace mapWorkspace(ResultSet rs) throws SQLException {
		return new Workspace(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("personal_owner_id") != null, rs.getObject("created_at", OffsetDateTime.class));
	}

	private static Membership mapMembership(ResultSet rs, int row) throws SQLException {
		return new Membership(mapWorkspace(rs), WorkspaceRole.fromWire(rs.getString("role")),
				rs.getLong("member_count"));
	}

}
