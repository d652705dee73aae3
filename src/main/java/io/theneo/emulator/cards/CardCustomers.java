package io.theneo.emulator.cards;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.customers.CustomerDeleted;
import io.theneo.emulator.customers.CustomerDirectory;

/**
 * The one place where cards meet the customers feature: does a customer exist, and a deleted customer's cards are
 * disabled.
 */
@Component
class CardCustomers {

	private final CustomerDirectory directory;

	private final CardRepository cards;

	CardCustomers(CustomerDirectory directory, CardRepository cards) {
		this.directory = directory;
		this.cards = cards;
	}

	boolean exists(long accountId, String customerId) {
		return this.directory.find(accountId, customerId).isPresent();
	}

	/**
	 * Runs in the delete's transaction (the event is published inside it): the customer and the ability of its cards
	 * to pay go together, or neither.
	 */
	@EventListener
	@Transactional
	void onDeleted(CustomerDeleted deleted) {
		this.cards.disableAllOf(deleted.accountId(), deleted.customerId());
	}

}
