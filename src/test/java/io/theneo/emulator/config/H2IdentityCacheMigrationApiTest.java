package io.theneo.emulator.config;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.theneo.emulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 9 runs on both databases and changes the identity cache on H2 only. */
class H2IdentityCacheMigrationApiTest extends ApiTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void versionNineIsAppliedAndTheCacheFitsTheDatabase() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '9' AND \"success\" = TRUE",
				Integer.class))
			.isEqualTo(1);
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("H2".equals(product)) {
			assertThat(jdbc.queryForList("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
					+ " WHERE (UPPER(TABLE_NAME), UPPER(COLUMN_NAME)) IN (('SANDBOX_REQUEST', 'SEQ'), ('IDEMPOTENCY_RECORD', 'ID'))",
					Long.class))
				.containsExactly((long) H2IdentityCacheMigration.CACHE, (long) H2IdentityCacheMigration.CACHE);
		}
		else {
			assertThat(jdbc.queryForList("SELECT seqcache FROM pg_sequence WHERE seqrelid IN"
					+ " (pg_get_serial_sequence('sandbox_request', 'seq')::regclass,"
					+ " pg_get_serial_sequence('idempotency_record', 'id')::regclass)", Long.class))
				.containsExactly(1L, 1L);
		}
	}

}
