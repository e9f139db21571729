package dev.gridsight.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.audit.AuditEntry;
import dev.gridsight.platform.PageQuery;

/** Append and read; the log has no update or delete on purpose. */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(OffsetDateTime at, UUID actorId, String actorEmail, String action, String targetType, String targetId,
			String detail, String ip) {
		jdbc.sql("""
				insert into audit_log (at, actor_id, actor_email, action, target_type, target_id, detail, ip)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(at, actorId, actorEmail, action, targetType, targetId, detail, ip)
			.update();
	}

	List<AuditEntry> page(PageQuery page) {
		return jdbc.sql("""
				select id, at, actor_id, actor_email, action, target_type, target_id, detail, ip
				from audit_log order by id desc limit ? offset ?""")
			.params(page.size(), page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
					rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), rs.getString("action"),
					rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"), rs.getString("ip")))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
	}

}
