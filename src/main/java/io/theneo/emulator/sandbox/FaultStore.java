package io.theneo.emulator.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Injected faults. They live in the database, not in memory, so that every instance behind a load balancer applies
 * them, and a fault's row is its own counter: {@link #consume} takes one use with a guarded decrement whose update
 * count says whether this caller got it, so racing requests (threads or instances) fire a fault exactly
 * {@code times} times between them.
 */
@Repository
class FaultStore {

	private static final String COLUMNS = "id, http_method, path, times, remaining, status, error_code, delay_ms,"
			+ " created_at";

	private static final String CONSUME = "UPDATE sandbox_fault SET remaining = remaining - 1"
			+ " WHERE id = ? AND remaining > 0";

	private final JdbcTemplate jdbc;

	FaultStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Fault(String id, String method, String path, int times, int remaining, Integer status, String errorCode,
			Integer delayMs, Instant createdAt) {

		/** {@code method} null matches every method; {@code path} is a prefix of the request path. */
		boolean matches(String requestMethod, String requestPath) {
			return (this.method == null || this.method.equals(requestMethod)) && requestPath.startsWith(this.path);
		}

	}

	void insert(long accountId, Fault fault) {
		// used-up faults of the account are kept until the next change; drop them now
		this.jdbc.update("DELETE FROM sandbox_fault WHERE account_id = ? AND remaining <= 0", accountId);
		this.jdbc.update("INSERT INTO sandbox_fault (id, account_id, http_method, path, times, remaining, status,"
				+ " error_code, delay_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fault.id(), accountId,
				fault.method(), fault.path(), fault.times(), fault.remaining(), fault.status(), fault.errorCode(),
				fault.delayMs(), OffsetDateTime.ofInstant(fault.createdAt(), ZoneOffset.UTC));
	}

	/** The account's faults with uses left, oldest first. */
	List<Fault> active(long accountId) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM sandbox_fault WHERE account_id = ? AND remaining > 0"
				+ " ORDER BY seq", FaultStore::fault, accountId);
	}

	/**
	 * Takes one use of the oldest fault of the account that matches the request, if any. The first matching fault
	 * whose guarded decrement succeeds wins; one that another request used up meanwhile is skipped.
	 */
	Optional<Fault> consume(long accountId, String method, String path) {
		for (Fault fault : active(accountId)) {
			if (fault.matches(method, path) && this.jdbc.update(CONSUME, fault.id()) == 1) {
				return Optional.of(fault);
			}
		}
		return Optional.empty();
	}

	boolean delete(long accountId, String id) {
		return this.jdbc.update("DELETE FROM sandbox_fault WHERE account_id = ? AND id = ? AND remaining > 0",
				accountId, id) > 0;
	}

	int deleteAll(long accountId) {
		return this.jdbc.update("DELETE FROM sandbox_fault WHERE account_id = ?", accountId);
	}

	private static Fault fault(ResultSet rs, int n) throws SQLException {
		return new Fault(rs.getString("id"), rs.getString("http_method"), rs.getString("path"), rs.getInt("times"),
				rs.getInt("remaining"), (Integer) rs.getObject("status", Integer.class), rs.getString("error_code"),
				(Integer) rs.getObject("delay_ms", Integer.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
