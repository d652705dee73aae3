package io.theneo.emulator.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	private Scopes() {
	}

}
