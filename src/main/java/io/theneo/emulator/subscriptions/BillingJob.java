package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.theneo.emulator.accounts.AccountClock;

/**
 * Bills in real time: every {@code emulator.billing.interval} (default one minute) runs the due work of each account
 * that has something due by its own clock. The scan reads the (account_id, next_billing_at) index only.
 */
@Component
class BillingJob {

	private static final Logger log = LoggerFactory.getLogger(BillingJob.class);

	private final SubscriptionRepository subscriptions;

	private final SubscriptionBilling billing;

	private final AccountClock clock;

	private final BillingProperties properties;

	private final TransactionTemplate tx;

	BillingJob(SubscriptionRepository subscriptions, SubscriptionBilling billing, AccountClock clock,
			BillingProperties properties, PlatformTransactionManager txManager) {
		this.subscriptions = subscriptions;
		this.billing = billing;
		this.clock = clock;
		this.properties = properties;
		this.tx = new TransactionTemplate(txManager);
		this.tx.setReadOnly(true);
	}

	@Scheduled(fixedDelayString = "${emulator.billing.interval:PT1M}",
			initialDelayString = "${emulator.billing.initial-delay:PT20S}")
	void run() {
		if (!this.properties.enabled()) {
			return;
		}
		List<Object[]> accounts = this.tx.execute((status) -> this.subscriptions.earliestDuePerAccount());
		for (Object[] row : accounts) {
			long accountId = ((Number) row[0]).longValue();
			Instant earliest = instant(row[1]);
			try {
				Instant now = this.clock.now(accountId);
				if (!earliest.isAfter(now)) {
					int ran = this.billing.runDue(accountId, earliest.minusMillis(1), now).size();
					log.debug("Billing ran {} things due for account {}", ran, accountId);
				}
			}
			catch (RuntimeException ex) {
				// one account's failure must not stop the others; it is retried on the next run
				log.warn("Billing failed for account {}: {}", accountId, ex.toString());
			}
		}
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant i) {
			return i;
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toInstant();
		}
		return ((java.sql.Timestamp) value).toInstant();
	}

}
