package io.theneo.emulator.customers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday, with or without its year: {@code YYYY-MM-DD} or {@code MM-DD} in, {@code YYYY-MM-DD} out with
 * {@code 0000} for an unknown year (Square's convention), so that {@code 0000-MM-DD} is accepted back as well.
 */
record Birthday(int year, int month, int day) {

	private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern NO_YEAR = Pattern.compile("(\\d{2})-(\\d{2})");

	static Optional<Birthday> parse(String value) {
		Matcher full = FULL.matcher(value);
		if (full.matches()) {
			return of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3)));
		}
		Matcher noYear = NO_YEAR.matcher(value);
		if (noYear.matches()) {
			return of(0, Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2)));
		}
		return Optional.empty();
	}

	private static Optional<Birthday> of(int year, int month, int day) {
		try {
			// year 0 means "unknown": check the day in a leap year so that 02-29 is allowed
			LocalDate.of(year == 0 ? 2000 : year, month, day);
			return Optional.of(new Birthday(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	String wire() {
		return String.format("%04d-%02d-%02d", this.year, this.month, this.day);
	}

}
