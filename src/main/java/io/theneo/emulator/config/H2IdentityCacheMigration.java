package io.theneo.emulator.config;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 9, on H2 only: the identity columns written on every request take their numbers 1,024 at a time instead
 * of H2's 32. Whenever H2 takes a new block of numbers it commits a system transaction, and with {@code WRITE_DELAY=0}
 * every commit writes a chunk to the file: the request journal, which inserts a row for each request, wrote one extra
 * chunk per 32 requests (4 % of the CPU of GET /v2/customers/{id} under load, JFR). After a crash H2 skips the rest
 * of the block, so numbers have gaps but never repeat, and they still grow in insertion order (one counter for the
 * whole database). PostgreSQL keeps its cache of 1: a sequence cache there is per connection, and the journal's
 * order by {@code seq} would mix up batches written through different connections.
 * <p>
 * A Java migration rather than a vendor-specific SQL file keeps one migration set with the same versions on both
 * databases; Boot's Flyway auto-configuration runs {@link JavaMigration} beans with the SQL ones.
 */
@Component
class H2IdentityCacheMigration implements JavaMigration {

	static final int CACHE = 1024;

	/** table, identity column: the ones inserted into per request (journal) or per idempotent write. */
	private static final String[][] COLUMNS = { { "sandbox_request", "seq" }, { "idempotency_record", "id" } };

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("9");
	}

	@Override
	public String getDescription() {
		return "h2 identity cache";
	}

	/** None, as usual for Java migrations: a later change of the cache is a new migration, not an edit of this one. */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String[] column : COLUMNS) {
				statement.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " SET CACHE " + CACHE);
			}
		}
	}

}
