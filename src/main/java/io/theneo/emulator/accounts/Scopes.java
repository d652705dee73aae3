package io.theneo.emulator.accounts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.util.StringUtils;

/** The OAuth scopes of API.md §3, plus SANDBOX_ADMIN for creating and deleting test accounts. */
public final class Scopes {

	public static final String CUSTOMERS_READ = "CUSTOMERS_READ";

	public static final String CUSTOMERS_WRITE = "CUSTOMERS_WRITE";

	public static final String ORDERS_READ = "ORDERS_READ";

	public static final String ORDERS_WRITE = "ORDERS_WRITE";

	public static final String SUBSCRIPTIONS_READ = "SUBSCRIPTIONS_READ";

	public static final String SUBSCRIPTIONS_WRITE = "SUBSCRIPTIONS_WRITE";

	public static final String ITEMS_READ = "ITEMS_READ";

	public static final String ITEMS_WRITE = "ITEMS_WRITE";

	public static final String MERCHANT_PROFILE_READ = "MERCHANT_PROFILE_READ";

	public static final String PAYMENTS_WRITE = "PAYMENTS_WRITE";

	public static final String SANDBOX_ADMIN = "SANDBOX_ADMIN";

	/** What {@code \\s} matches in a Java regex. */
	private static final String WHITESPACE = " \t\n\u000B\f\r";

	/** Every scope an ordinary account holds. */
	public static final List<String> API = List.of(CUSTOMERS_READ, CUSTOMERS_WRITE, ORDERS_READ, ORDERS_WRITE,
			SUBSCRIPTIONS_READ, SUBSCRIPTIONS_WRITE, ITEMS_READ, ITEMS_WRITE, MERCHANT_PROFILE_READ, PAYMENTS_WRITE);

	/** The default admin holds every scope, SANDBOX_ADMIN included. */
	public static Set<String> all() {
		Set<String> all = new LinkedHashSet<>(API);
		all.add(SANDBOX_ADMIN);
		return all;
	}

	public static boolean isKnown(String scope) {
		return API.contains(scope) || SANDBOX_ADMIN.equals(scope);
	}

	/**
	 * The scopes of a space-delimited scope string (RFC 6749 §3.3), in order and with repeats; none for null or
	 * blank. The same tokens as {@code scope.trim().split("\\s+")}, without a regex: {@link Tenant#from} calls this
	 * several times per request.
	 */
	public static List<String> split(String scope) {
		if (scope == null || scope.isBlank()) {
			return List.of();
		}
		String[] tokens = StringUtils.tokenizeToStringArray(scope.trim(), WHITESPACE, false, true);
		// only control characters that trim() removes (NUL, say): one empty scope, as split gave, which no key holds
		return (tokens.length == 0) ? List.of("") : Arrays.asList(tokens);
	}

	private Scopes() {
	}

}
