package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.theneo.emulator.pricing.Money;

/**
 * One billed period: the invoice id the subscription lists, what it cost, and the card payment when a card paid it.
 * UNIQUE (subscription_id, period_start) makes each period billable once.
 */
@Entity
@Table(name = "subscription_invoice")
class SubscriptionInvoice implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "subscription_id", nullable = false)
	private String subscriptionId;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(nullable = false)
	private long amount;

	@Column(nullable = false)
	private String currency;

	@Column(name = "payment_id")
	private String paymentId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SubscriptionInvoice() {
	}

	SubscriptionInvoice(String id, long accountId, String subscriptionId, LocalDate periodStart, LocalDate periodEnd,
			Money price, String paymentId, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.subscriptionId = subscriptionId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.amount = price.amount();
		this.currency = price.currency().getCurrencyCode();
		this.paymentId = paymentId;
		this.createdAt = createdAt;
		this.fresh = true;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public String getId() {
		return this.id;
	}

	String getSubscriptionId() {
		return this.subscriptionId;
	}

	LocalDate getPeriodStart() {
		return this.periodStart;
	}

	LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	long getAmount() {
		return this.amount;
	}

	String getCurrency() {
		return this.currency;
	}

	String getPaymentId() {
		return this.paymentId;
	}

}
