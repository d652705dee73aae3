package io.theneo.emulator.subscriptions;

import java.time.LocalDate;

/**
 * Square's SubscriptionCadence. Month-based cadences keep the anchor day: a subscription started on the 31st bills on
 * the last day of shorter months and returns to the 31st (Jan 31, Feb 28 or 29, Mar 31), because each date is derived
 * from the anchor day, never from the clamped date before it.
 */
enum Cadence {

	DAILY(1, 0), WEEKLY(7, 0), EVERY_TWO_WEEKS(14, 0), THIRTY_DAYS(30, 0), SIXTY_DAYS(60, 0), NINETY_DAYS(90, 0),
	MONTHLY(0, 1), EVERY_TWO_MONTHS(0, 2), QUARTERLY(0, 3), EVERY_FOUR_MONTHS(0, 4), EVERY_SIX_MONTHS(0, 6),
	ANNUAL(0, 12), EVERY_TWO_YEARS(0, 24);

	private final int days;

	private final int months;

	Cadence(int days, int months) {
		this.days = days;
		this.months = months;
	}

	/** The start of the period after the one starting on {@code start}. */
	LocalDate next(LocalDate start, int anchorDay) {
		if (this.days > 0) {
			return start.plusDays(this.days);
		}
		LocalDate month = start.plusMonths(this.months);
		return month.withDayOfMonth(Math.min(anchorDay, month.lengthOfMonth()));
	}

	/** Day-based cadences have no anchor day: a phase after them takes its first date's day. */
	boolean isDayBased() {
		return this.days > 0;
	}

	static boolean isKnown(String name) {
		for (Cadence c : values()) {
			if (c.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
