package io.theneo.emulator.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of a moved clock: whole milliseconds, never short of the target. */
class AccountClockTest {

	private static final Instant TARGET = Instant.parse("2031-03-10T00:00:00Z");

	@Test
	void aClockSetToATimeAnswersThatTimeWhateverTheSystemsSubMillisecondPart() {
		for (long nanos : new long[] { 0, 1, 300_000, 700_000, 999_999 }) {
			Clock system = Clock.fixed(Instant.parse("2026-11-26T02:50:00.123Z").plusNanos(nanos), ZoneOffset.UTC);
			assertThat(AccountClock.at(system, AccountClock.offsetTo(system, TARGET))).as("sub-ms %d ns", nanos)
				.isEqualTo(TARGET);
		}
	}

	@Test
	void timeGoesOnFromTheMovedClock() {
		Clock before = Clock.fixed(Instant.parse("2026-11-26T02:50:00.123700Z"), ZoneOffset.UTC);
		Clock after = Clock.fixed(Instant.parse("2026-11-26T02:50:01.124100Z"), ZoneOffset.UTC);
		assertThat(AccountClock.at(after, AccountClock.offsetTo(before, TARGET))).isEqualTo(TARGET.plusMillis(1001));
	}

	@Test
	void anUnmovedClockIsRealTimeToTheMillisecond() {
		Clock system = Clock.fixed(Instant.parse("2026-11-26T02:50:00.123987Z"), ZoneOffset.UTC);
		assertThat(AccountClock.at(system, 0)).isEqualTo(Instant.parse("2026-11-26T02:50:00.123Z"));
	}

}
