package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.theneo.emulator.accounts.DueWork;

/**
 * Subscription billing as the clocks drive it. Each step (one subscription, one date) runs in its own transaction
 * (or the caller's, when it has one) with the subscription's row locked and re-read: a step another instance or thread
 * already did is found no longer due and skipped, so a window run twice, or by two instances at once, bills each
 * period once. The invoice table's UNIQUE (subscription_id, period_start) backs that up.
 * <p>
 * Runs everything due at or before {@code to}, including what fell due before {@code from} and was not run yet (the
 * job was down): due work is stored state, not a function of the window.
 */
@Component
class SubscriptionBilling implements DueWork {

	private final SubscriptionRepository subscriptions;

	private final Billing billing;

	private final TransactionTemplate tx;

	SubscriptionBilling(SubscriptionRepository subscriptions, Billing billing, PlatformTransactionManager txManager) {
		this.subscriptions = subscriptions;
		this.billing = billing;
		this.tx = new TransactionTemplate(txManager);
	}

	@Override
	public List<DueEvent> runDue(long accountId, Instant from, Instant to) {
		List<DueEvent> ran = new ArrayList<>();
		boolean ownTransactions = !TransactionSynchronizationManager.isActualTransactionActive();
		List<String> due = this.tx.execute((status) -> this.subscriptions.dueIds(accountId, to));
		for (String id : due) {
			boolean more = true;
			while (more) {
				Step step;
				try {
					step = this.tx.execute((status) -> step(accountId, id, to));
				}
				catch (PessimisticLockingFailureException busy) {
					if (!ownTransactions) {
						throw busy;
					}
					// another runner has held this subscription longer than the lock timeout (a long catch-up): it
					// bills what is due; the next run finds whatever is left
					break;
				}
				ran.addAll(step.events());
				more = step.more();
			}
		}
		ran.sort(Comparator.comparing(DueEvent::at));
		return ran;
	}

	private Step step(long accountId, String id, Instant to) {
		Subscription s = this.subscriptions.lock(accountId, id).orElse(null);
		if (s == null || s.getNextBillingAt() == null || s.getNextBillingAt().isAfter(to)) {
			return new Step(List.of(), false);
		}
		Instant before = s.getNextBillingAt();
		List<DueEvent> events = this.billing.runDate(s, s.nextDueDate());
		Instant after = s.getNextBillingAt();
		boolean more = after != null && !after.isAfter(to) && after.isAfter(before);
		return new Step(events, more);
	}

	private record Step(List<DueEvent> events, boolean more) {
	}

}
