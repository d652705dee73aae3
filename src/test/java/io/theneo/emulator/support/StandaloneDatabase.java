package io.theneo.emulator.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A private in-memory H2 database with the real migrations, for testing SQL without the server. Each call to
 * {@link #dataSource()} is a new pool-less connection source to the same database, like a second instance.
 */
public final class StandaloneDatabase {

	private final String url = "jdbc:h2:mem:sandbox-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	public final JdbcTemplate jdbc;

	public final DataSourceTransactionManager transactions;

	public StandaloneDatabase() {
		DataSource dataSource = dataSource();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new DataSourceTransactionManager(dataSource);
	}

	public DataSource dataSource() {
		return new SimpleDriverDataSource(new org.h2.Driver(), this.url, "sa", "");
	}

	public long newAccount() {
		String merchant = "ML" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
		this.jdbc.update("INSERT INTO account (merchant_id, name, sandbox, documented_fixture_ids, clock_offset_millis,"
				+ " created_at) VALUES (?, 'test', TRUE, FALSE, 0, ?)", merchant, OffsetDateTime.now(ZoneOffset.UTC));
		return this.jdbc.queryForObject("SELECT id FROM account WHERE merchant_id = ?", Long.class, merchant);
	}

	public void deleteAccount(long id) {
		this.jdbc.update("DELETE FROM account WHERE id = ?", id);
	}

}
