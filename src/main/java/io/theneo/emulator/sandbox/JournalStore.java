package io.theneo.emulator.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The journal's table. Plain JDBC: the writer inserts in batches and trims each account to its newest rows with one
 * range delete; reads are keyset pages, newest first, of the newest rows only (the writer trims in steps).
 */
@Repository
class JournalStore {

	private static final String INSERT = """
			INSERT INTO sandbox_request (id, account_id, http_method, path, query_string, status, idempotency_key,
			  request_body, response_body, request_headers, started_at, duration_ms, request_id, fault_id, replayed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String COLUMNS = "seq, id, http_method, path, query_string, status, idempotency_key,"
			+ " request_body, response_body, request_headers, started_at, duration_ms, request_id, fault_id, replayed";

	/** The seq of the account's (n+1)-th newest row ({@code seq > 0} filters nothing: see Cursors.EARLIEST). */
	static final String NTH_NEWEST = "SELECT seq FROM sandbox_request WHERE account_id = ? AND seq > 0"
			+ " ORDER BY account_id DESC, seq DESC OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY";

	private final JdbcTemplate jdbc;

	JournalStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored row, secrets already masked. */
	record Row(long seq, String id, long accountId, String method, String path, String query, int status,
			String idempotencyKey, String requestBody, String responseBody, String requestHeaders, Instant startedAt,
			long durationMs, String requestId, String faultId, boolean replayed) {
	}

	/** The filters of a page, and the position after which it starts (null for the first page). */
	record Query(long accountId, String method, String pathPrefix, Integer status, Instant beforeStartedAt,
			Long beforeSeq, int limit) {
	}

	void insert(List<Row> rows) {
		this.jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
			ps.setString(1, row.id());
			ps.setLong(2, row.accountId());
			ps.setString(3, row.method());
			ps.setString(4, row.path());
			ps.setString(5, row.query());
			ps.setInt(6, row.status());
			ps.setString(7, row.idempotencyKey());
			ps.setString(8, row.requestBody());
			ps.setString(9, row.responseBody());
			ps.setString(10, row.requestHeaders());
			ps.setObject(11, OffsetDateTime.ofInstant(row.startedAt(), ZoneOffset.UTC));
			ps.setLong(12, row.durationMs());
			ps.setString(13, row.requestId());
			ps.setString(14, row.faultId());
			ps.setBoolean(15, row.replayed());
		});
	}

	/** Keeps the newest {@code keep} rows of the account (by write order) and deletes the rest. */
	int trim(long accountId, int keep) {
		List<Long> boundary = this.jdbc.queryForList(NTH_NEWEST, Long.class, accountId, keep);
		if (boundary.isEmpty()) {
			return 0;
		}
		return this.jdbc.update("DELETE FROM sandbox_request WHERE account_id = ? AND seq <= ?", accountId,
				boundary.get(0));
	}

	int deleteAll(long accountId) {
		return this.jdbc.update("DELETE FROM sandbox_request WHERE account_id = ?", accountId);
	}

	long count(long accountId) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_request WHERE account_id = ?", Long.class,
				accountId);
		return count != null ? count : 0;
	}

	/**
	 * A page newest first (by start time, then by write order) of the account's newest {@code keep} rows. Returns up
	 * to {@code limit} rows.
	 */
	List<Row> page(Query q, int keep) {
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
			.append(" FROM sandbox_request WHERE account_id = ?");
		List<Object> args = new ArrayList<>();
		args.add(q.accountId());
		List<Long> oldestKept = this.jdbc.queryForList(NTH_NEWEST, Long.class, q.accountId(), keep - 1);
		if (!oldestKept.isEmpty()) {
			sql.append(" AND seq >= ?");
			args.add(oldestKept.get(0));
		}
		if (q.method() != null) {
			sql.append(" AND http_method = ?");
			args.add(q.method());
		}
		if (q.pathPrefix() != null) {
			sql.append(" AND path LIKE ? ESCAPE '\\'");
			args.add(likePrefix(q.pathPrefix()));
		}
		if (q.status() != null) {
			sql.append(" AND status = ?");
			args.add(q.status());
		}
		if (q.beforeStartedAt() != null) {
			OffsetDateTime t = OffsetDateTime.ofInstant(q.beforeStartedAt(), ZoneOffset.UTC);
			sql.append(" AND (started_at < ? OR (started_at = ? AND seq < ?))");
			args.add(t);
			args.add(t);
			args.add(q.beforeSeq());
		}
		sql.append(" ORDER BY account_id DESC, started_at DESC, seq DESC LIMIT ?");
		args.add(q.limit());
		return this.jdbc.query(sql.toString(), (rs, n) -> row(rs, q.accountId()), args.toArray());
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static Row row(ResultSet rs, long accountId) throws SQLException {
		return new Row(rs.getLong("seq"), rs.getString("id"), accountId, rs.getString("http_method"),
				rs.getString("path"), rs.getString("query_string"), rs.getInt("status"),
				rs.getString("idempotency_key"), rs.getString("request_body"), rs.getString("response_body"),
				rs.getString("request_headers"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				rs.getLong("duration_ms"), rs.getString("request_id"), rs.getString("fault_id"),
				rs.getBoolean("replayed"));
	}

}
