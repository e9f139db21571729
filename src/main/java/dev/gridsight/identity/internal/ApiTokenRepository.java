package dev.gridsight.identity.internal;

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
class ApiTokenRepository {

	private static final String COLUMNS = "id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at";

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String tokenHash) {
		jdbc.sql("""
				insert into api_tokens (id, user_id, name, prefix, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(token.id(), token.userId(), token.name(), token.prefix(), tokenHash, token.createdAt(),
					token.expiresAt())
			.update();
	}

	Optional<ApiToken> findByHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + " from api_tokens where token_hash = ?")
			.param(tokenHash)
			.query(ApiTokenRepository::map)
			.optional();
	}

	Optional<ApiToken> findActive(UUID userId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_tokens where id = ? and user_id = ? and revoked_at is null")
			.params(id, userId)
			.query(ApiTokenRepository::map)
			.optional();
	}

	List<ApiToken> pageActive(UUID userId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS
				+ " from api_tokens where user_id = ? and revoked_at is null order by created_at desc limit ? offset ?")
			.params(userId, page.size(), page.offset())
			.query(ApiTokenRepository::map)
			.list();
	}

	long countActive(UUID userId) {
		return jdbc.sql("select count(*) from api_tokens where user_id = ? and revoked_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	void revoke(UUID id, OffsetDateTime at) {
		jdbc.sql("update api_tokens set revoked_at = ? where id = ?").params(at, id).update();
	}

	void touch(UUID id, OffsetDateTime at) {
		jdbc.sql("update api_tokens set last_used_at = ? where id = ?").params(at, id).update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
				rs.getString("prefix"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}

}
