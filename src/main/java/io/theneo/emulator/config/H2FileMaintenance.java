package io.theneo.emulator.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file while the server runs. With {@code WRITE_DELAY=0} (what makes an acknowledged write
 * survive kill -9) H2 writes a new chunk at every commit and never starts the background thread that would rewrite
 * sparse chunks: under sustained writes the file grew by 40-80 KB per order and never shrank. This job does that
 * background work: it rewrites the live pages of chunks below the fill rate, so that the old chunks can be freed, and
 * {@code RETENTION_TIME=10000} in the URL lets their space be reused after 10 s rather than H2's 45 s. With both, 3
 * minutes of order creates at full speed left 2.8-4.7 GB where H2's 45 s left 5.6 GB (docs/benchmarks.md). Does
 * nothing on PostgreSQL or an in-memory H2.
 */
@Component
class H2FileMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(H2FileMaintenance.class);

	/** Chunks less full than this (percent of live data) are rewritten. */
	private static final int TARGET_FILL_RATE = 90;

	/** At most this much is rewritten per run (bytes), which bounds the time the store lock is held. */
	private static final int WRITE_LIMIT = 16 * 1024 * 1024;

	private final DataSource dataSource;

	/** Off by configuration, or found out at the first pass: the database is not an embedded H2 (it stays so). */
	private volatile boolean enabled;

	H2FileMaintenance(DataSource dataSource, @Value("${emulator.h2.compact:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.enabled = enabled;
	}

	/** One pass; true when it rewrote something (the rewritten pages are stored with the next commit). */
	@Scheduled(fixedDelayString = "${emulator.h2.compact-interval:PT5S}", initialDelayString = "PT5S")
	boolean compact() {
		if (!this.enabled) {
			return false;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (!embeddedH2(connection)) {
				this.enabled = false; // PostgreSQL or a server-mode H2: no connection borrowed every 5 s for nothing
				return false;
			}
			MVStore store = fileStore(connection);
			return store != null && store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("H2 file compaction failed: {}", ex.toString());
			return false;
		}
	}

	/** An H2 database in this process (a server-mode H2, tcp://, does the work in its own process). */
	private static boolean embeddedH2(Connection connection) throws SQLException {
		return connection.isWrapperFor(JdbcConnection.class)
				&& connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
	}

	/** The MVStore behind an embedded H2 connection when it is a writable file, else null (in memory, closed). */
	private static MVStore fileStore(Connection connection) throws SQLException {
		SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
		MVStore store = session.getDatabase().getStore().getMvStore();
		return (store.isClosed() || store.getFileStore() == null || store.getFileStore().isReadOnly()) ? null
				: store;
	}

}
