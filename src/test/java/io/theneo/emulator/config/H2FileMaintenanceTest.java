package io.theneo.emulator.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The compaction job reaches H2's store through the connection and rewrites chunks without losing a row. Its effect
 * on the file's size under the server's load is a benchmark figure (docs/benchmarks.md), not asserted here.
 */
class H2FileMaintenanceTest {

	private static final int ROWS = 300;

	private static final int RETENTION_MILLIS = 100;

	@TempDir
	Path dir;

	/**
	 * The shipped settings that matter here: a chunk per commit, and a retention time (H2 rewrites only chunks older
	 * than it), scaled down from the shipped 10 s to 100 ms.
	 */
	private String url(String name) {
		return "jdbc:h2:file:" + this.dir.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0"
				+ ";RETENTION_TIME=" + RETENTION_MILLIS;
	}

	@Test
	void rewritesChunksOfAnH2FileAndKeepsEveryRow() throws Exception {
		SingleConnectionDataSource ds = new SingleConnectionDataSource(url("churn"), "sa", "", true);
		H2FileMaintenance job = new H2FileMaintenance(ds, true);
		int rewrites = 0;
		try (Connection c = ds.getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE t (id INT PRIMARY KEY, body VARCHAR(4000))");
			}
			try (PreparedStatement merge = c.prepareStatement("MERGE INTO t KEY (id) VALUES (?, ?)")) {
				for (int i = 0; i < 6000; i++) { // one commit each, the last write of row r is i = 5700 + r
					merge.setInt(1, i % ROWS);
					merge.setString(2, "x".repeat(1000) + i);
					merge.executeUpdate();
					if (i % 500 == 499) {
						Thread.sleep(RETENTION_MILLIS + 50); // the chunks written so far are past retention
						if (job.compact()) {
							rewrites++;
						}
					}
				}
			}
		}
		finally {
			ds.destroy();
		}
		assertThat(rewrites).as("passes that rewrote chunks").isPositive();
		SingleConnectionDataSource reopened = new SingleConnectionDataSource(url("churn"), "sa", "", true);
		try (Connection c = reopened.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT id, body FROM t ORDER BY id")) {
			int n = 0;
			while (rs.next()) {
				assertThat(rs.getString(2)).as("row %d", rs.getInt(1)).isEqualTo("x".repeat(1000) + (5700 + n));
				n++;
			}
			assertThat(n).isEqualTo(ROWS);
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void leavesInMemoryDatabasesAndTurnedOffJobsAlone() throws SQLException {
		SingleConnectionDataSource mem = new SingleConnectionDataSource("jdbc:h2:mem:maintenance", "sa", "", true);
		try (Connection c = mem.getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
			assertThat(new H2FileMaintenance(mem, true).compact()).as("in memory: nothing to compact").isFalse();
		}
		finally {
			mem.destroy();
		}
		SingleConnectionDataSource off = new SingleConnectionDataSource(url("off"), "sa", "", true);
		assertThat(new H2FileMaintenance(off, false).compact()).isFalse();
		off.destroy();
		assertThat(Files.exists(this.dir.resolve("off.mv.db"))).as("a job that is off opens no connection").isFalse();
	}

	@Test
	void stopsAskingOnceTheDatabaseIsNotAnEmbeddedH2() throws SQLException {
		DataSource other = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		when(other.getConnection()).thenReturn(connection);
		H2FileMaintenance job = new H2FileMaintenance(other, true);
		assertThat(job.compact()).isFalse();
		assertThat(job.compact()).isFalse();
		verify(other, times(1)).getConnection();
		verify(connection).close();
	}

}
