package dev.gridsight.platform.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Small key/value facts about this installation (what was seeded, and when). */
@Repository
class AppSettingsRepository {

	private final JdbcClient jdbc;

	AppSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(String key) {
		return jdbc.sql("select setting_value from app_settings where setting_key = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

	void put(String key, String value) {
		int updated = jdbc.sql("update app_settings set setting_value = ? where setting_key = ?")
			.params(value, key)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into app_settings (setting_key, setting_value) values (?, ?)").params(key, value).update();
		}
	}

}
