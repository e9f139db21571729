package dev.gridsight.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;

@Repository
class ShareRepository {

	private static final String COLUMNS = "id, workspace_id, target_type, target_id, created_by, kind, grantee_user_id, "
			+ "permission, token_hash, password_hash, expires_at, viewer_may_change_window, access_count, "
			+ "last_access_at, revoked_at, created_at";

	private static final String LIVE = " revoked_at is null and (expires_at is null or expires_at > ?) ";

	private final JdbcClient jdbc;

	ShareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Share share) {
		jdbc.sql("insert into shares (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(share.id(), share.workspaceId(), share.targetType(), share.targetId(), share.createdBy(),
					share.kind().wire(), share.granteeUserId(), share.permission().wire(), share.tokenHash(),
					share.passwordHash(), share.expiresAt(), share.viewerMayChangeWindow(), share.accessCount(),
					share.lastAccessAt(), share.revokedAt(), share.createdAt())
			.update();
	}

	Optional<Share> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from shares where id = ?").param(id).query(this::map).optional();
	}

	Optional<Share> findByTokenHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + " from shares where token_hash = ?")
			.param(tokenHash)
			.query(this::map)
			.optional();
	}

	/** Live shares of a target to one user. */
	List<Share> liveToUser(String targetType, UUID targetId, UUID granteeId, OffsetDateTime now) {
		return jdbc
			.sql("select " + COLUMNS + " from shares where target_type = ? and target_id = ? and grantee_user_id = ? "
					+ "and" + LIVE + "order by created_at")
			.params(targetType, targetId, granteeId, now)
			.query(this::map)
			.list();
	}

	/** Live shares of one kind of target to a user, newest first (at most 500). */
	List<Share> liveToUser(String targetType, UUID granteeId, OffsetDateTime now) {
		return jdbc
			.sql("select " + COLUMNS + " from shares where target_type = ? and grantee_user_id = ? and" + LIVE
					+ "order by created_at desc limit 500")
			.params(targetType, granteeId, now)
			.query(this::map)
			.list();
	}

	List<Share> liveOfTarget(String targetType, UUID targetId, OffsetDateTime now, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS + " from shares where target_type = ? and target_id = ? and" + LIVE
					+ "order by created_at desc, id limit ? offset ?")
			.params(targetType, targetId, now, page.size(), page.offset())
			.query(this::map)
			.list();
	}

	long countLiveOfTarget(String targetType, UUID targetId, OffsetDateTime now) {
		return jdbc.sql("select count(*) from shares where target_type = ? and target_id = ? and" + LIVE)
			.params(targetType, targetId, now)
			.query(Long.class)
			.single();
	}

	List<Share> liveOfWorkspace(UUID workspaceId, OffsetDateTime now, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS + " from shares where workspace_id = ? and" + LIVE
					+ "order by created_at desc, id limit ? offset ?")
			.params(workspaceId, now, page.size(), page.offset())
			.query(this::map)
			.list();
	}

	long countLiveOfWorkspace(UUID workspaceId, OffsetDateTime now) {
		return jdbc.sql("select count(*) from shares where workspace_id = ? and" + LIVE)
			.params(workspaceId, now)
			.query(Long.class)
			.single();
	}

	/** Revokes a share that is not revoked yet; false when it already was. */
	boolean revoke(UUID id, OffsetDateTime now) {
		return jdbc.sql("update shares set revoked_at = ? where id = ? and revoked_at is null")
			.params(now, id)
			.update() == 1;
	}

	/** Counted in the database, so concurrent readers never lose an increment. */
	void recordAccess(UUID id, OffsetDateTime now) {
		jdbc.sql("update shares set access_count = access_count + 1, last_access_at = ? where id = ?")
			.params(now, id)
			.update();
	}

	private Share map(ResultSet rs, int row) throws SQLException {
		return new Share(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("target_type"), rs.getObject("target_id", UUID.class),
				rs.getObject("created_by", UUID.class),
				Share.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
				rs.getObject("grantee_user_id", UUID.class),
				Permission.valueOf(rs.getString("permission").toUpperCase(java.util.Locale.ROOT)),
				rs.getString("token_hash"), rs.getString("password_hash"),
				rs.getObject("expires_at", OffsetDateTime.class), rs.getBoolean("viewer_may_change_window"),
				rs.getLong("access_count"), rs.getObject("last_access_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
	}

}
