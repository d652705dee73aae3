package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.theneo.emulator.accounts.DueWork;
import io.theneo.emulator.accounts.DueWork.DueEvent;

/**
 * Runs what falls due while an account's clock moves from {@code from} to {@code to}. The clock has already been
 * moved, so that whatever the work stamps with the account's now is not in the past; each {@link DueWork} gets the
 * whole window {@code (from, to]} and processes its items in time order within it (its contract); the answer lists
 * every event in time order, ties in the order of the work beans and then as each reported them.
 */
final class ClockStepper {

	private static final Comparator<DueEvent> BY_TIME = Comparator.comparing(DueEvent::at,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private ClockStepper() {
	}

	static List<DueEvent> runDue(long accountId, Instant from, Instant to, List<? extends DueWork> works) {
		if (!to.isAfter(from) || works.isEmpty()) {
			return List.of();
		}
		List<DueEvent> ran = new ArrayList<>();
		for (DueWork work : works) {
			List<DueEvent> events = work.runDue(accountId, from, to);
			if (events != null) {
				ran.addAll(events);
			}
		}
		ran.sort(BY_TIME); // stable: equal times keep the order above
		return ran;
	}

}
