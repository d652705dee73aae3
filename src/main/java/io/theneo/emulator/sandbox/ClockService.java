package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.DueWork;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/**
 * An account's clock as test support sees it: read it, move it forward, and run what falls due on the way. A move
 * is one transaction that holds the account's row lock, so two moves of one account never run the same window, and
 * a failure of the due work leaves the clock where it was.
 */
@Service
@SandboxEnabled
class ClockService {

	private final AccountClock clock;

	private final ObjectProvider<DueWork> works;

	private final JdbcTemplate jdbc;

	ClockService(AccountClock clock, ObjectProvider<DueWork> works, JdbcTemplate jdbc) {
		this.clock = clock;
		this.works = works;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	ClockView now(long accountId) {
		return new ClockView(this.clock.now(accountId), offset(accountId, false), null);
	}

	@Transactional
	ClockView move(long accountId, MoveClockRequest request) {
		if (request == null || (request.advanceBy() == null && request.setTo() == null)) {
			throw new ApiException(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"Give `advance_by` (an ISO-8601 period or duration such as P1M) or `set_to` (an RFC 3339 time).",
					"advance_by");
		}
		if (request.advanceBy() != null && request.setTo() != null) {
			throw new ApiException(ErrorCode.INVALID_VALUE, "Give either `advance_by` or `set_to`, not both.",
					"set_to");
		}
		offset(accountId, true); // serialises moves of this account until commit
		Instant from = this.clock.now(accountId);
		Instant target = (request.advanceBy() != null) ? ClockTargets.advance(from, request.advanceBy())
				: ClockTargets.setTo(from, request.setTo());
		Instant to = target.isAfter(this.clock.now(accountId)) ? this.clock.moveTo(accountId, target)
				: this.clock.now(accountId);
		List<DueWork.DueEvent> ran = ClockStepper.runDue(accountId, from, to, this.works.orderedStream().toList());
		return new ClockView(to, offset(accountId, false), ran.stream().map(ClockEvent::of).toList());
	}

	private long offset(long accountId, boolean lock) {
		List<Long> offset = this.jdbc.queryForList(
				"SELECT clock_offset_millis FROM account WHERE id = ?" + (lock ? " FOR UPDATE" : ""), Long.class,
				accountId);
		if (offset.isEmpty()) {
			throw ApiException.notFound("Account", String.valueOf(accountId));
		}
		return offset.get(0);
	}

	record MoveClockRequest(String advanceBy, String setTo, String idempotencyKey) {
	}

	/** One thing that ran while the clock moved. */
	record ClockEvent(Instant at, String kind, String detail, String objectId) {

		static ClockEvent of(DueWork.DueEvent event) {
			return new ClockEvent(event.at(), event.kind(), event.detail(), event.objectId());
		}

	}

	/**
	 * @param offsetMs how far the account's clock is ahead of real time
	 * @param ran what ran while the clock moved, in time order (only in the answer to a move)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ClockView(Instant now, long offsetMs, List<ClockEvent> ran) {
	}

}
