package io.theneo.emulator.sandbox;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;

/**
 * Where a clock move goes: {@code advance_by} an ISO-8601 period, duration or both ({@code P1M}, {@code P7D},
 * {@code PT36H}, {@code P1MT2H}; years, months, weeks and days are calendar units added in UTC, so that P1M from
 * January 31 is the last day of February), or {@code set_to} an RFC 3339 instant. Never backwards.
 */
final class ClockTargets {

	/** Far enough for any test; keeps dates inside what every database and date type here can hold. */
	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

	private ClockTargets() {
	}

	static Instant advance(Instant now, String advanceBy) {
		String text = advanceBy.strip().toUpperCase(Locale.ROOT);
		if (text.startsWith("-P")) {
			throw new ApiException(ErrorCode.INVALID_VALUE,
					"The clock never goes backwards: `advance_by` must not be negative.", "advance_by");
		}
		Period period;
		Duration duration;
		try {
			if (!text.startsWith("P") || text.length() < 2 || text.endsWith("T")) {
				throw new DateTimeParseException("not ISO-8601", text, 0);
			}
			int t = text.indexOf('T');
			String datePart = t < 0 ? text : text.substring(0, t);
			period = datePart.length() > 1 ? Period.parse(datePart) : Period.ZERO;
			duration = t < 0 ? Duration.ZERO : Duration.parse("PT" + text.substring(t + 1));
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(ErrorCode.INVALID_VALUE, "`advance_by` must be an ISO-8601 period or duration such"
					+ " as P1M, P7D, PT36H or P1MT2H; got `" + ErrorResponses.truncate(advanceBy) + "`.", "advance_by");
		}
		if (period.isNegative() || duration.isNegative()) {
			throw new ApiException(ErrorCode.INVALID_VALUE,
					"The clock never goes backwards: `advance_by` must not be negative.", "advance_by");
		}
		try {
			Instant target = now.atOffset(ZoneOffset.UTC).plus(period).toInstant().plus(duration);
			return checkRange(target.truncatedTo(ChronoUnit.MILLIS), "advance_by");
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw tooFar("advance_by");
		}
	}

	static Instant setTo(Instant now, String setTo) {
		Instant target;
		try {
			target = OffsetDateTime.parse(setTo.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS);
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(ErrorCode.INVALID_TIME, "`set_to` must be an RFC 3339 timestamp such as"
					+ " 2027-01-31T00:00:00Z; got `" + ErrorResponses.truncate(setTo) + "`.", "set_to");
		}
		if (target.isBefore(now)) {
			throw new ApiException(ErrorCode.INVALID_VALUE, "The clock never goes backwards: " + target
					+ " is before the account's now " + now + ".", "set_to");
		}
		return checkRange(target, "set_to");
	}

	private static Instant checkRange(Instant target, String field) {
		if (target.isAfter(LATEST)) {
			throw tooFar(field);
		}
		return target;
	}

	private static ApiException tooFar(String field) {
		return new ApiException(ErrorCode.INVALID_VALUE, "The clock cannot go past " + LATEST + ".", field);
	}

}
