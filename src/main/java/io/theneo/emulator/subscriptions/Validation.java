package io.theneo.emulator.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.Set;

import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Violations;

/** Field checks shared by the subscription requests; each adds its problem to the request's violations. */
final class Validation {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

	private Validation() {
	}

	/** A {@code YYYY-MM-DD} date, or null (absent, or invalid and reported). */
	static LocalDate date(String value, String field, Violations v) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			v.add(ErrorCode.INVALID_VALUE, "`" + shorten(value) + "` is not a date in the format YYYY-MM-DD.", field);
			return null;
		}
	}

	/** A decimal string between 0 and 100 with at most 4 decimals ("7.5" is 7.5 %). */
	static boolean taxPercentage(String value, String field, Violations v) {
		if (value.matches("[0-9]{1,3}(\\.[0-9]{1,4})?")
				&& new BigDecimal(value).compareTo(BigDecimal.valueOf(100)) <= 0) {
			return true;
		}
		v.add(ErrorCode.INVALID_VALUE, "`" + shorten(value)
				+ "` is not a percentage between 0 and 100 written as a decimal string (such as \"7.5\").", field);
		return false;
	}

	/** An IANA time zone id such as America/Los_Angeles (or UTC). */
	static boolean timezone(String value, String field, Violations v) {
		if (ZONES.contains(value)) {
			return true;
		}
		v.add(ErrorCode.INVALID_VALUE, "`" + shorten(value) + "` is not an IANA time zone such as America/Los_Angeles.",
				field);
		return false;
	}

	static Money money(Long amount, String currency, String field, Violations v) {
		Currency parsed = null;
		if (currency != null) {
			try {
				parsed = currency.matches("[A-Z]{3}") ? Currency.getInstance(currency) : null;
			}
			catch (IllegalArgumentException ex) {
				parsed = null;
			}
			if (parsed == null) {
				v.add(ErrorCode.INVALID_VALUE, "`" + shorten(currency) + "` is not an ISO 4217 currency code.",
						field + ".currency");
			}
		}
		if (amount != null && amount < 0) {
			v.add(ErrorCode.VALUE_TOO_LOW, "`amount` must not be negative.", field + ".amount");
			return null;
		}
		return (amount != null && parsed != null) ? new Money(amount, parsed) : null;
	}

	static String shorten(String s) {
		return (s.length() > 60) ? s.substring(0, 60) + "…" : s;
	}

}
