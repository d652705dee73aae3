package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A scheduled change (CANCEL, PAUSE, RESUME) that the billing clock applies on its effective date. */
@Entity
@Table(name = "subscription_action")
class SubscriptionAction implements Persistable<String> {

	enum Type {

		CANCEL(0), RESUME(1), PAUSE(2), SWAP_PLAN(3);

		/** On one date a cancel wins over everything, and a resume is applied before a new pause. */
		final int precedence;

		Type(int precedence) {
			this.precedence = precedence;
		}

	}

	enum Timing {

		IMMEDIATE, END_OF_BILLING_CYCLE

	}

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "subscription_id", nullable = false, updatable = false)
	private Subscription subscription;

	@Column(name = "action_type", nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Type type;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "change_timing")
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Timing timing;

	@Column(name = "pause_reason")
	private String pauseReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SubscriptionAction() {
	}

	SubscriptionAction(String id, Subscription subscription, Type type, LocalDate effectiveDate, Timing timing,
			String pauseReason, Instant createdAt) {
		this.id = id;
		this.accountId = subscription.getAccountId();
		this.subscription = subscription;
		this.type = type;
		this.effectiveDate = effectiveDate;
		this.timing = timing;
		this.pauseReason = pauseReason;
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

	Type getType() {
		return this.type;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	Timing getTiming() {
		return this.timing;
	}

	String getPauseReason() {
		return this.pauseReason;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
