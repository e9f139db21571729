package dev.gridsight.catalog.internal;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlGuardTest {

	@Test
	void acceptsASelectWithCtesUnionsAndWindowsAndNamesItsDatasets() {
		assertThat(SqlGuard.check("""
				with daily as (select date_trunc('day', ts) as d, sum(load_kwh) as kwh from home_energy group by 1)
				select d, kwh, avg(kwh) over (order by d rows 6 preceding) from daily
				union all select ts, load_kwh, null from "toast.checks" where building in ('a', 'b')"""))
			.containsExactly("home_energy", "toast.checks");
	}

	@Test
	void refusesAnythingButOneSelect() {
		assertThatThrownBy(() -> SqlGuard.check("delete from home_energy")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("Only a SELECT");
		assertThatThrownBy(() -> SqlGuard.check("select 1; drop table home_energy")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("one statement");
		assertThatThrownBy(() -> SqlGuard.check("select * into copy from home_energy"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> SqlGuard.check("selec * form x")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("does not parse");
	}

	@Test
	void refusesFunctionsThatReachOutsideTheDatasets() {
		assertThatThrownBy(() -> SqlGuard.check("select * from read_csv('/etc/passwd')"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("read_csv");
		assertThatThrownBy(() -> SqlGuard.check("select getenv('GRIDSIGHT_SECRET_KEY')"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("getenv");
		assertThatThrownBy(() -> SqlGuard.check("select * from duckdb_settings()")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesSchemaQualifiedNames() {
		assertThatThrownBy(() -> SqlGuard.check("select * from information_schema.tables"))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("by name only");
	}

	@Test
	void aFunctionNameInsideAStringIsJustText() {
		assertThat(SqlGuard.check("select * from home_energy where building = 'read_csv(x)'"))
			.containsExactly("home_energy");
	}

}
