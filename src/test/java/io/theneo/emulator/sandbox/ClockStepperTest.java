package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.accounts.DueWork;
import io.theneo.emulator.accounts.DueWork.DueEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The stepping logic of the clock endpoint, with work that records the windows it was given. */
class ClockStepperTest {

	private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2027-04-01T00:00:00Z");

	/** Due items at fixed times; reports those in the window it is given, in time order, and remembers the calls. */
	static final class Scheduled implements DueWork {

		final List<Instant> due;

		final String kind;

		final List<Instant[]> windows = new ArrayList<>();

		Scheduled(String kind, String... due) {
			this.kind = kind;
			this.due = java.util.Arrays.stream(due).map(Instant::parse).sorted().toList();
		}

		@Override
		public List<DueEvent> runDue(long accountId, Instant from, Instant to) {
			this.windows.add(new Instant[] { from, to });
			return this.due.stream()
				.filter((at) -> at.isAfter(from) && !at.isAfter(to))
				.map((at) -> new DueEvent(at, this.kind, "obj-" + at.toString().substring(0, 10), "account " + accountId))
				.toList();
		}

	}

	@Test
	void everyWorkGetsTheWholeWindowFromExclusiveToInclusive() {
		Scheduled billing = new Scheduled("BILLED", "2027-01-01T00:00:00Z", "2027-02-01T00:00:00Z",
				"2027-04-01T00:00:00Z", "2027-05-01T00:00:00Z");
		List<DueEvent> ran = ClockStepper.runDue(7, FROM, TO, List.of(billing));
		assertThat(billing.windows).hasSize(1);
		assertThat(billing.windows.get(0)).containsExactly(FROM, TO);
		// the start of the window ran on the previous move; its end runs now
		assertThat(ran).extracting(DueEvent::at)
			.containsExactly(Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));
		assertThat(ran).allSatisfy((e) -> assertThat(e.detail()).isEqualTo("account 7"));
	}

	@Test
	void eventsOfSeveralWorksComeBackInTimeOrderTiesInBeanOrder() {
		Scheduled billing = new Scheduled("BILLED", "2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z");
		Scheduled actions = new Scheduled("PAUSED", "2027-01-15T00:00:00Z", "2027-03-01T00:00:00Z",
				"2027-03-20T00:00:00Z");
		List<DueEvent> ran = ClockStepper.runDue(1, FROM, TO, List.of(billing, actions));
		assertThat(ran).extracting((e) -> e.at().toString().substring(0, 10) + " " + e.kind())
			.containsExactly("2027-01-15 PAUSED", "2027-02-01 BILLED", "2027-03-01 BILLED", "2027-03-01 PAUSED",
					"2027-03-20 PAUSED");
	}

	@Test
	void consecutiveMovesCoverTimeWithoutGapsOrOverlaps() {
		Scheduled billing = new Scheduled("BILLED", "2027-01-10T00:00:00Z", "2027-01-20T00:00:00Z",
				"2027-01-31T00:00:00Z");
		Instant mid = Instant.parse("2027-01-20T00:00:00Z");
		List<DueEvent> first = ClockStepper.runDue(1, FROM, mid, List.of(billing));
		List<DueEvent> second = ClockStepper.runDue(1, mid, TO, List.of(billing));
		assertThat(first).extracting(DueEvent::at)
			.containsExactly(Instant.parse("2027-01-10T00:00:00Z"), Instant.parse("2027-01-20T00:00:00Z"));
		assertThat(second).extracting(DueEvent::at).containsExactly(Instant.parse("2027-01-31T00:00:00Z"));
	}

	@Test
	void anEmptyWindowOrNoWorkRunsNothing() {
		Scheduled billing = new Scheduled("BILLED", "2027-01-01T00:00:00Z");
		assertThat(ClockStepper.runDue(1, FROM, FROM, List.of(billing))).isEmpty();
		assertThat(billing.windows).isEmpty();
		assertThat(ClockStepper.runDue(1, FROM, TO, List.of())).isEmpty();
	}

	@Test
	void workThatReportsNothingOrNullIsFine() {
		DueWork silent = (accountId, from, to) -> null;
		Scheduled billing = new Scheduled("BILLED", "2027-02-01T00:00:00Z");
		assertThat(ClockStepper.runDue(1, FROM, TO, List.of(silent, billing))).hasSize(1);
	}

}
