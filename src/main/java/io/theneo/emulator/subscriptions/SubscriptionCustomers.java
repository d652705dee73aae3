package io.theneo.emulator.subscriptions;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.theneo.emulator.customers.CustomerDirectory;

/** Where subscriptions ask the customers feature for a subscriber and its email address (invoices go there). */
@Component
class SubscriptionCustomers {

	private final CustomerDirectory directory;

	SubscriptionCustomers(CustomerDirectory directory) {
		this.directory = directory;
	}

	record Subscriber(String id, String emailAddress) {

		boolean hasEmail() {
			return this.emailAddress != null && !this.emailAddress.isBlank();
		}

	}

	Optional<Subscriber> find(long accountId, String customerId) {
		return this.directory.find(accountId, customerId).map((c) -> new Subscriber(c.id(), c.emailAddress()));
	}

}
