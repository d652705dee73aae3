package io.theneo.emulator.sandbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;

/**
 * Test support state goes with a reset or a deletion of its account (AccountService runs every loader's clear): the
 * request journal, the faults and the account's own rate limit. First in order, so cleared last. Registered even when
 * test support is off, so that rows left from a run with it on still go with their account.
 */
@Component
@Order(5)
class SandboxFixtures implements FixtureLoader {

	private final ObjectProvider<RequestJournal> journal;

	private final JournalStore journalStore;

	private final FaultStore faults;

	private final RateLimiter limiter;

	SandboxFixtures(ObjectProvider<RequestJournal> journal, JournalStore journalStore, FaultStore faults,
			RateLimiter limiter) {
		this.journal = journal;
		this.journalStore = journalStore;
		this.faults = faults;
		this.limiter = limiter;
	}

	@Override
	public void load(Fixtures fixtures) {
		// nothing to seed: an account starts with an empty journal, no faults and no limit of its own
	}

	@Override
	public void clear(long accountId) {
		RequestJournal running = this.journal.getIfAvailable();
		if (running != null) {
			running.clear(accountId);
		}
		else {
			this.journalStore.deleteAll(accountId);
		}
		this.faults.deleteAll(accountId);
		this.limiter.forget(accountId);
	}

}
