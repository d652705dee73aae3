package io.theneo.emulator.accounts;

/**
 * One feature's part of the demo data (FIXTURES.md). Every account gets it on creation and again on reset; loaders run
 * in {@link org.springframework.core.annotation.Order} (locations, customers, catalog, cards, orders, subscriptions)
 * and are cleared in reverse order.
 */
public interface FixtureLoader {

	/** Inserts this feature's fixtures for {@code fixtures.accountId()}, with ids from {@link Fixtures#id}. */
	void load(Fixtures fixtures);

	/** Deletes everything this feature holds for the account (its fixtures and whatever the account created). */
	void clear(long accountId);

}
