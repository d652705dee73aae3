package io.theneo.emulator.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;

/** A reset forgets the account's idempotency keys too (API.md §12). */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IdempotencyFixtures implements FixtureLoader {

	private final IdempotencyStore store;

	IdempotencyFixtures(IdempotencyStore store) {
		this.store = store;
	}

	@Override
	public void load(Fixtures fixtures) {
		// nothing to seed
	}

	@Override
	public void clear(long accountId) {
		this.store.clear(accountId);
	}

}
