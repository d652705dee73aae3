package io.theneo.emulator.subscriptions;

import java.time.LocalDate;
import java.util.List;

/**
 * The periods of a subscription: consecutive phases, each lasting its number of periods of its cadence, month-based
 * dates derived from the anchor day. Plain Java, so that month ends and leap years are tested without a server.
 */
final class Schedule {

	private final List<Phase> phases;

	Schedule(List<Phase> phases) {
		this.phases = phases;
	}

	/**
	 * A period: the {@code billed}-th of phase {@code phase}, starting on {@code start}, its month-based dates on day
	 * {@code anchor} (or the month's last day). A position past the last phase ({@link #ended}) starts on the day the
	 * plan's last period ended.
	 */
	record Position(int phase, int billed, LocalDate start, int anchor) {

		static Position first(LocalDate start) {
			return new Position(0, 0, start, start.getDayOfMonth());
		}

		Position startingOn(LocalDate day) {
			return new Position(this.phase, this.billed, day, this.anchor);
		}

	}

	boolean ended(Position p) {
		return p.phase() >= this.phases.size();
	}

	Phase phase(Position p) {
		return this.phases.get(p.phase());
	}

	/** The first day after the period, which is the start of the next one. */
	LocalDate end(Position p) {
		return phase(p).cadence().next(p.start(), p.anchor());
	}

	Position next(Position p) {
		Phase phase = phase(p);
		LocalDate end = end(p);
		int billed = p.billed() + 1;
		if (phase.periods() != null && billed >= phase.periods()) {
			// a monthly phase after a weekly trial bills on the day it begins; after a monthly one, on the old anchor
			int anchor = phase.cadence().isDayBased() ? end.getDayOfMonth() : p.anchor();
			return new Position(p.phase() + 1, 0, end, anchor);
		}
		return new Position(p.phase(), billed, end, p.anchor());
	}

	/** The period that contains {@code day}, counting from {@code from} (or {@code from} itself if it starts later). */
	Position containing(Position from, LocalDate day) {
		Position p = from;
		while (!ended(p) && !end(p).isAfter(day)) {
			p = next(p);
		}
		return p;
	}

	/** The first period, counting from {@code from}, that starts on or after {@code day}. */
	Position firstOnOrAfter(Position from, LocalDate day) {
		Position p = from;
		while (!ended(p) && p.start().isBefore(day)) {
			p = next(p);
		}
		return p;
	}

}
