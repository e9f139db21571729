package dev.gridsight.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.identity.Role;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.PageQuery;

@Repository
class UserRepository {

	private static final String COLUMNS = "id, email, display_name, role, created_at, password_hash";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalize(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	Optional<StoredUser> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from users where id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	Optional<StoredUser> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from users where email_normalized = ?")
			.param(normalize(email))
			.query(UserRepository::map)
			.optional();
	}

	Optional<StoredUser> firstAdmin() {
		return jdbc.sql("select " + COLUMNS + " from users where role = ? order by created_at, id limit 1")
			.param(Role.ADMIN.wire())
			.query(UserRepository::map)
			.optional();
	}

	List<UserAccount> page(PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from users order by email_normalized limit ? offset ?")
			.params(page.size(), page.offset())
			.query(UserRepository::map)
			.list()
			.stream()
			.map(StoredUser::account)
			.toList();
	}

	long count() {
		return jdbc.sql("select count(*) from users").query(Long.class).single();
	}

	long countAdmins() {
		return jdbc.sql("select count(*) from users where role = ?")
			.param(Role.ADMIN.wire())
			.query(Long.class)
			.single();
	}

	void insert(UserAccount user, String passwordHash) {
		jdbc.sql("""
				insert into users (id, email, email_normalized, display_name, password_hash, role, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(user.id(), user.email().trim(), normalize(user.email()), user.displayName(), passwordHash,
					user.role().wire(), user.createdAt())
			.update();
	}

	void updateRole(UUID id, Role role) {
		jdbc.sql("update users set role = ? where id = ?").params(role.wire(), id).update();
	}

	void updateDisplayName(UUID id, String displayName) {
		jdbc.sql("update users set display_name = ? where id = ?").params(displayName, id).update();
	}

	void updatePasswordHash(UUID id, String passwordHash) {
		jdbc.sql("update users set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	private static StoredUser map(ResultSet rs, int row) throws SQLException {
		UserAccount account = new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"),
				rs.getString("display_name"), Role.fromWire(rs.getString("role")),
				rs.getObject("created_at", OffsetDateTime.class));
		return new StoredUser(account, rs.getString("password_hash"));
	}

}
