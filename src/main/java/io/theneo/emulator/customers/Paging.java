package io.theneo.emulator.customers;

import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/** The page size rule of API.md §6: 1..100, default 100. */
final class Paging {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 100;

	private Paging() {
	}

	/** The limit of a query parameter; problems go to {@code v} and the default is returned. */
	static int limit(String raw, Violations v) {
		if (raw == null || raw.isEmpty()) {
			return DEFAULT_LIMIT;
		}
		long value;
		try {
			value = Long.parseLong(raw.strip());
		}
		catch (NumberFormatException ex) {
			v.add(ErrorCode.INVALID_VALUE, "Query parameter `limit` must be an integer: `" + ErrorResponses.truncate(raw)
					+ "`.", "limit");
			return DEFAULT_LIMIT;
		}
		return limit(value, v);
	}

	static int limit(Long value, Violations v) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		if (value < 1) {
			v.add(ErrorCode.VALUE_TOO_LOW, "`limit` must be at least 1; it is " + value + ".", "limit");
			return DEFAULT_LIMIT;
		}
		if (value > MAX_LIMIT) {
			v.add(ErrorCode.VALUE_TOO_HIGH, "`limit` must be at most " + MAX_LIMIT + "; it is " + value + ".", "limit");
			return DEFAULT_LIMIT;
		}
		return value.intValue();
	}

}
