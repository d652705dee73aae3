package io.theneo.emulator.subscriptions;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.customers.CustomerDeleted;

/**
 * A deleted customer's live subscriptions are DEACTIVATED at once (event code CUSTOMER_DELETED), in the delete's
 * transaction, so that nothing bills a customer who no longer exists.
 */
@Component
class DeletedCustomers {

	private final SubscriptionRepository subscriptions;

	private final Billing billing;

	private final AccountClock clock;

	DeletedCustomers(SubscriptionRepository subscriptions, Billing billing, AccountClock clock) {
		this.subscriptions = subscriptions;
		this.billing = billing;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onDeleted(CustomerDeleted deleted) {
		Instant now = this.clock.now(deleted.accountId());
		for (Subscription s : this.subscriptions.findLive(deleted.accountId(), deleted.customerId(),
				SubscriptionStatus.CANCELED)) {
			this.subscriptions.lock(deleted.accountId(), s.getId()).ifPresent((locked) -> {
				if (locked.getStatus() != SubscriptionStatus.DEACTIVATED) {
					this.billing.deactivateNow(locked, now, "The customer was deleted.",
							SubscriptionEvent.Code.CUSTOMER_DELETED);
				}
			});
		}
	}

}
