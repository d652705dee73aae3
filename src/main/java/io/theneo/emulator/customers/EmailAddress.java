package io.theneo.emulator.customers;

import java.util.regex.Pattern;

/** The shape of an email address Square accepts: a dot-atom local part, {@code @}, and a domain with a dot. */
final class EmailAddress {

	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-]+";

	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?";

	private static final Pattern SHAPE = Pattern
		.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,63}");

	private EmailAddress() {
	}

	static boolean isValid(String value) {
		int at = value.lastIndexOf('@');
		return at > 0 && at <= 64 && SHAPE.matcher(value).matches();
	}

}
