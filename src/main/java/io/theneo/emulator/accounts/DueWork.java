package io.theneo.emulator.accounts;

import java.time.Instant;
import java.util.List;

/**
 * Work that falls due as an account's clock passes (subscription periods, scheduled actions). The real-time scheduler
 * and the test-support clock both call it; implementations process what is due in {@code (from, to]} in time order
 * and must be idempotent, so that running one window twice, or on two instances at once, does nothing twice.
 */
public interface DueWork {

	List<DueEvent> runDue(long accountId, Instant from, Instant to);

	/** One thing that ran, as the clock endpoint lists it. */
	record DueEvent(Instant at, String kind, String objectId, String detail) {
	}

}
