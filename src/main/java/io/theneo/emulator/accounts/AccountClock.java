package io.theneo.emulator.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/**
 * Each account's clock: real time plus an offset that test support can move forward (never back). Every timestamp
 * and every billing decision of an account reads this clock, never {@code Instant.now()} directly.
 */
@Component
public class AccountClock {

	private final AccountRepository accounts;

	private final Clock system;

	AccountClock(AccountRepository accounts) {
		this.accounts = accounts;
		this.system = Clock.systemUTC();
	}

	/** Now on the account's clock, to the millisecond (the wire's precision). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Instant now(long accountId) {
		return at(this.system, this.accounts.findClockOffset(accountId).orElse(0L));
	}

	/** A {@link Clock} that follows the account's offset as it is now. */
	public Clock clock(long accountId) {
		long offset = this.accounts.findClockOffset(accountId).orElse(0L);
		return Clock.offset(this.system, Duration.ofMillis(offset));
	}

	/** Moves the clock to {@code target}; refuses to go backwards. Returns the new now. */
	@Transactional
	public Instant moveTo(long accountId, Instant target) {
		Instant now = now(accountId);
		if (target.isBefore(now)) {
			throw new ApiException(ErrorCode.INVALID_VALUE,
					"The clock never goes backwards: " + target + " is before the account's now " + now + ".", "set_to");
		}
		this.accounts.moveClockForward(accountId, offsetTo(this.system, target));
		return now(accountId);
	}

	/** The time {@code offsetMillis} ahead of {@code system}, to the millisecond. */
	static Instant at(Clock system, long offsetMillis) {
		return Instant.ofEpochMilli(system.millis() + offsetMillis);
	}

	/**
	 * The offset that makes {@link #at} answer {@code target} now and never less later. Both sides in whole
	 * milliseconds: a difference taken with the system's sub-millisecond part would round down and answer one
	 * millisecond before the target.
	 */
	static long offsetTo(Clock system, Instant target) {
		return target.toEpochMilli() - system.millis();
	}

	/** Puts the clock back to real time (reset of a sandbox account). */
	@Transactional
	public void resetToRealTime(long accountId) {
		this.accounts.findById(accountId).ifPresent((a) -> this.accounts.resetClock(accountId));
	}

}
