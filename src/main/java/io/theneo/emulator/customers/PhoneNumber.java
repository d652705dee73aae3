package io.theneo.emulator.customers;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as the client wrote it, and its E.164 form for matching. Accepts E.164 ({@code +12065550100}) and
 * the common written forms ({@code +1-212-555-4240}, {@code (206) 555-0100}, {@code 206.555.0100}) with 9 to 16
 * digits, as Square does. A number without a country code is taken as North American when it has ten digits, the
 * country of every demo location.
 */
record PhoneNumber(String written, String e164) {

	/** Digit groups, each optionally in one pair of parentheses, separated by at most one space, dash or dot. */
	private static final Pattern SHAPE = Pattern.compile("\\+?(\\(\\d{1,5}\\)|\\d+)([ .\\-]?(\\(\\d{1,5}\\)|\\d+))*");

	static Optional<PhoneNumber> parse(String written) {
		String s = written.strip();
		if (!SHAPE.matcher(s).matches() || s.indexOf('(') != s.lastIndexOf('(')) {
			return Optional.empty();
		}
		String digits = s.replaceAll("\\D", "");
		if (digits.length() < 9 || digits.length() > 16) {
			return Optional.empty();
		}
		String e164;
		if (s.startsWith("+")) {
			e164 = "+" + digits;
		}
		else if (digits.length() == 10) {
			e164 = "+1" + digits;
		}
		else {
			e164 = "+" + digits;
		}
		return Optional.of(new PhoneNumber(s, e164));
	}

}
