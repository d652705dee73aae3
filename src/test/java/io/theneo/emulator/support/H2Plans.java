package io.theneo.emulator.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

/**
 * H2's plan of a statement, for tests that check which index a query reads. The plans come from a private
 * {@link StandaloneDatabase} (the real migrations, no rows), so that they do not depend on what other tests left
 * behind: H2 picks an index by its cost estimate, which follows the statistics of the account column.
 */
public final class H2Plans implements AutoCloseable {

	private final StandaloneDatabase db = new StandaloneDatabase();

	private H2Plans() {
	}

	/** A fresh schema as a new server has it: no statistics yet (H2 assumes every column 50 % selective). */
	public static H2Plans fresh() {
		return new H2Plans();
	}

	/**
	 * A schema whose statistics say that {@code account_id} barely narrows {@code tables} (selectivity 1 %), as on a
	 * server where one account holds most rows: the case where reading the wrong index costs the most.
	 */
	public static H2Plans oneLargeAccount(String... tables) {
		H2Plans plans = new H2Plans();
		for (String table : tables) {
			plans.db.jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN account_id SELECTIVITY 1");
		}
		return plans;
	}

	public static boolean isH2(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getURL().startsWith("jdbc:h2:");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code EXPLAIN sql} with every parameter unset (NULL): H2 picks the index without looking at the values. */
	public String explain(String sql) {
		try (Connection c = this.db.dataSource().getConnection();
				PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
			for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
				ps.setNull(i, Types.NULL);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Drops the private database (it would outlive the test otherwise). */
	@Override
	public void close() {
		this.db.jdbc.execute("SHUTDOWN");
	}

}
