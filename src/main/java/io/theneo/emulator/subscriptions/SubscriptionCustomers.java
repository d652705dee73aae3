package io.theneo.emulator.subscriptions;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The one place where subscriptions meet the customers feature.
 * <p>
 * TEMPORARY until the customers feature is merged: every non-blank customer id exists and has an email address.
 */
@Component
class SubscriptionCustomers {

	record Subscriber(String id, String emailAddress) {

		boolean hasEmail() {
			return this.emailAddress != null && !this.emailAddress.isBlank();
		}

	}

	Optional<Subscriber> find(long accountId, String customerId) {
		if (customerId == null || customerId.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Subscriber(customerId, "customer@example.com"));
	}

}
