package io.theneo.emulator.subscriptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.theneo.emulator.pricing.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Period dates without a server: cadences, month ends, leap years, phases. */
class ScheduleTest {

	static Phase forever(Cadence cadence) {
		return new Phase("p", cadence, null, Money.of(1000, "USD"), 0);
	}

	static List<LocalDate> starts(Schedule schedule, LocalDate first, int n) {
		List<LocalDate> dates = new ArrayList<>();
		Schedule.Position p = Schedule.Position.first(first);
		for (int i = 0; i < n; i++) {
			dates.add(p.start());
			p = schedule.next(p);
		}
		return dates;
	}

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void monthlyFromThe31stKeepsTheAnchorDay() {
		Schedule s = new Schedule(List.of(forever(Cadence.MONTHLY)));
		assertThat(starts(s, d("2027-01-31"), 6)).containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"),
				d("2027-04-30"), d("2027-05-31"), d("2027-06-30"));
	}

	@Test
	void monthlyInALeapYearUsesFebruary29() {
		Schedule s = new Schedule(List.of(forever(Cadence.MONTHLY)));
		assertThat(starts(s, d("2028-01-31"), 3)).containsExactly(d("2028-01-31"), d("2028-02-29"), d("2028-03-31"));
		Schedule from30 = new Schedule(List.of(forever(Cadence.MONTHLY)));
		assertThat(starts(from30, d("2028-01-30"), 3)).containsExactly(d("2028-01-30"), d("2028-02-29"),
				d("2028-03-30"));
	}

	@Test
	void annualFromFebruary29ComesBackEveryFourYears() {
		Schedule s = new Schedule(List.of(forever(Cadence.ANNUAL)));
		assertThat(starts(s, d("2028-02-29"), 5)).containsExactly(d("2028-02-29"), d("2029-02-28"), d("2030-02-28"),
				d("2031-02-28"), d("2032-02-29"));
	}

	@ParameterizedTest
	@CsvSource({ "DAILY, 2027-01-31, 2027-02-01", "WEEKLY, 2027-01-31, 2027-02-07",
			"EVERY_TWO_WEEKS, 2027-01-31, 2027-02-14", "THIRTY_DAYS, 2027-01-31, 2027-03-02",
			"SIXTY_DAYS, 2027-01-31, 2027-04-01", "NINETY_DAYS, 2027-01-31, 2027-05-01",
			"MONTHLY, 2027-01-31, 2027-02-28", "EVERY_TWO_MONTHS, 2027-12-31, 2028-02-29",
			"QUARTERLY, 2027-11-30, 2028-02-29", "EVERY_FOUR_MONTHS, 2027-10-31, 2028-02-29",
			"EVERY_SIX_MONTHS, 2027-08-31, 2028-02-29", "ANNUAL, 2027-03-15, 2028-03-15",
			"EVERY_TWO_YEARS, 2026-02-28, 2028-02-28" })
	void everyCadenceHasItsPeriod(Cadence cadence, LocalDate start, LocalDate next) {
		Schedule s = new Schedule(List.of(forever(cadence)));
		assertThat(s.end(Schedule.Position.first(start))).isEqualTo(next);
	}

	@Test
	void weeklyPeriodsKeepTheWeekday() {
		Schedule s = new Schedule(List.of(forever(Cadence.WEEKLY)));
		assertThat(starts(s, d("2027-03-03"), 5)).allSatisfy(
				(date) -> assertThat(date.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY));
	}

	@Test
	void aTrialPhaseThenTheRecurringOne() {
		Phase trial = new Phase("t", Cadence.WEEKLY, 2, Money.of(0, "USD"), 0);
		Phase monthly = forever(Cadence.MONTHLY);
		Schedule s = new Schedule(List.of(trial, monthly));
		Schedule.Position p = Schedule.Position.first(d("2027-03-01"));
		assertThat(s.phase(p)).isEqualTo(trial);
		p = s.next(p);
		assertThat(p).isEqualTo(new Schedule.Position(0, 1, d("2027-03-08"), 1));
		p = s.next(p);
		// the monthly phase bills on the day it begins, not on the weekly trial's first day
		assertThat(p).isEqualTo(new Schedule.Position(1, 0, d("2027-03-15"), 15));
		assertThat(s.phase(p)).isEqualTo(monthly);
		assertThat(s.end(p)).isEqualTo(d("2027-04-15"));
		assertThat(s.ended(p)).isFalse();
	}

	@Test
	void aMonthlyTrialFromThe31stKeepsTheAnchorIntoTheRecurringPhase() {
		Phase trial = new Phase("t", Cadence.MONTHLY, 1, Money.of(0, "USD"), 0);
		Schedule s = new Schedule(List.of(trial, forever(Cadence.MONTHLY)));
		assertThat(starts(s, d("2027-01-31"), 4)).containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"),
				d("2027-04-30"));
	}

	@Test
	void aPlanWhoseLastPhaseHasPeriodsEnds() {
		Schedule s = new Schedule(List.of(new Phase("x", Cadence.MONTHLY, 2, Money.of(500, "USD"), 0)));
		Schedule.Position p = s.next(s.next(Schedule.Position.first(d("2027-01-10"))));
		assertThat(s.ended(p)).isTrue();
		assertThat(p.start()).isEqualTo(d("2027-03-10"));
	}

	@Test
	void theCurrentPeriodOfAPastStartIsAlignedToItsDay() {
		Schedule s = new Schedule(List.of(forever(Cadence.MONTHLY)));
		Schedule.Position p = s.containing(Schedule.Position.first(d("2021-10-20")), d("2026-11-25"));
		assertThat(p.start()).isEqualTo(d("2026-11-20"));
		assertThat(s.end(p)).isEqualTo(d("2026-12-20"));
		Schedule.Position onTheDay = s.containing(Schedule.Position.first(d("2021-10-20")), d("2026-11-20"));
		assertThat(onTheDay.start()).isEqualTo(d("2026-11-20"));
	}

	@Test
	void firstOnOrAfterSnapsToAPeriodStart() {
		Schedule s = new Schedule(List.of(forever(Cadence.MONTHLY)));
		Schedule.Position from = Schedule.Position.first(d("2027-01-15"));
		assertThat(s.firstOnOrAfter(from, d("2027-01-15")).start()).isEqualTo(d("2027-01-15"));
		assertThat(s.firstOnOrAfter(from, d("2027-01-16")).start()).isEqualTo(d("2027-02-15"));
		assertThat(s.firstOnOrAfter(from, d("2027-03-01")).start()).isEqualTo(d("2027-03-15"));
	}

}
