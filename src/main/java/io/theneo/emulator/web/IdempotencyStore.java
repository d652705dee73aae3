package io.theneo.emulator.web;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims idempotency keys and remembers first responses. The unique index on (account, method, path template, key)
 * decides which of several racing requests runs, on one instance or many; the others poll for its response with a
 * bounded wait and replay it. A claim whose request failed is released, so the client may fix it and retry.
 * <p>
 * A request first claims its key {@linkplain #claimInTransaction inside its own transaction}, so that claim, effect
 * and response commit together, or roll back together when the request fails; only when the key is taken does it
 * {@linkplain #claim claim in a transaction of its own} and wait for, or replay, the holder.
 */
@Component
class IdempotencyStore {

	private static final long POLL_MILLIS = 15;

	/**
	 * Plain SQL for the one write of every idempotent request: Hibernate translates a JPQL update anew on each call
	 * (about 5 % of the CPU of POST /v2/orders). The record was flushed when claimed, so the row is there to update.
	 */
	private static final String COMPLETE = "UPDATE idempotency_record SET completed = TRUE, status = ?, content_type = ?,"
			+ " body = ? WHERE id = ?";

	private final IdempotencyRecordRepository records;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTx;

	private final Duration ttl;

	private final Duration wait;

	IdempotencyStore(IdempotencyRecordRepository records, JdbcTemplate jdbc, PlatformTransactionManager txManager,
			WebProperties properties) {
		this.records = records;
		this.jdbc = jdbc;
		this.newTx = new TransactionTemplate(txManager);
		this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ttl = properties.idempotencyTtl();
		this.wait = properties.idempotencyWait();
	}

	sealed interface Outcome permits Claimed, Replay {
	}

	record Claimed(long recordId) implements Outcome {
	}

	record Replay(int status, String contentType, byte[] body) implements Outcome {
	}

	/** Thrown by {@link #claimInTransaction} when the key is held; the caller's transaction is lost then. */
	static final class KeyTaken extends RuntimeException {

		KeyTaken() {
			super("idempotency key taken", null, false, false);
		}

	}

	/**
	 * Claims the key in the caller's transaction, which then runs the request and {@link #complete stores} its
	 * response: one commit for all three. Another request with the key waits at the unique index until this
	 * transaction ends, then replays the response or, after a rollback, claims the key itself.
	 * @throws KeyTaken when another request holds the key (committed or not): roll back and use {@link #claim}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long claimInTransaction(long accountId, String method, String template, String key, String requestHash) {
		try {
			return this.records
				.saveAndFlush(new IdempotencyRecord(accountId, method, template, key, requestHash, Instant.now()))
				.getId();
		}
		catch (DataIntegrityViolationException taken) {
			throw new KeyTaken();
		}
	}

	/** Claims the key for this request, or returns the response of the request that claimed it first. */
	Outcome claim(long accountId, String method, String template, String key, String requestHash) {
		long deadline = System.nanoTime() + this.wait.toNanos();
		while (true) {
			try {
				Long id = this.newTx.execute((s) -> this.records
					.saveAndFlush(new IdempotencyRecord(accountId, method, template, key, requestHash, Instant.now()))
					.getId());
				return new Claimed(id);
			}
			catch (DataIntegrityViolationException taken) {
				// someone holds the key: look at what they did
			}
			IdempotencyRecord existing = this.newTx.execute((s) -> this.records.find(accountId, method, template, key)
				.orElse(null));
			if (existing == null) {
				// the holder has not committed yet, or has just rolled back: look again shortly
				pause(deadline, key);
				continue;
			}
			if (existing.getCreatedAt().isBefore(Instant.now().minus(this.ttl))) {
				this.newTx.executeWithoutResult((s) -> this.records.deleteById(existing.getId()));
				continue;
			}
			if (!existing.getRequestHash().equals(requestHash)) {
				throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "The idempotency key `"
						+ ErrorResponses.truncate(key) + "` was already used with a different request.");
			}
			if (existing.isCompleted()) {
				return new Replay(existing.getStatus(), existing.getContentType(), existing.getBody());
			}
			pause(deadline, key);
		}
	}

	/** Waits one poll interval for the key's holder; CONFLICT once the wait is over. */
	private static void pause(long deadline, String key) {
		if (System.nanoTime() > deadline) {
			throw new ApiException(ErrorCode.CONFLICT, "A request with the idempotency key `"
					+ ErrorResponses.truncate(key) + "` is still being processed; retry later.");
		}
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an idempotent request", ex);
		}
	}

	/** Stores the response, in the transaction of the request itself: both commit, or neither. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(long recordId, int status, String contentType, byte[] body) {
		this.jdbc.update(COMPLETE, status, contentType, body, recordId);
	}

	void release(long recordId) {
		this.newTx.executeWithoutResult((s) -> this.records.release(recordId));
	}

	@Transactional
	public void clear(long accountId) {
		this.records.deleteByAccountId(accountId);
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@Transactional
	public void purgeExpired() {
		this.records.deleteOlderThan(Instant.now().minus(this.ttl));
	}

}
