package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a subscription's history (ListSubscriptionEvents), in the order it happened. */
@Entity
@Table(name = "subscription_event")
class SubscriptionEvent {

	enum Type {

		START_SUBSCRIPTION, PLAN_CHANGE, STOP_SUBSCRIPTION, DEACTIVATE_SUBSCRIPTION, RESUME_SUBSCRIPTION,
		PAUSE_SUBSCRIPTION, BILLING_ANCHOR_DATE_CHANGED

	}

	/** Square's SubscriptionEventInfoCode. */
	enum Code {

		LOCATION_NOT_ACTIVE, LOCATION_CANNOT_ACCEPT_PAYMENT, CUSTOMER_DELETED, CUSTOMER_NO_EMAIL, CUSTOMER_NO_NAME,
		USER_PROVIDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long seq;

	@Column(nullable = false)
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "subscription_id", nullable = false)
	private String subscriptionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_type", nullable = false)
	private Type type;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "plan_id", nullable = false)
	private String planId;

	@Column(name = "info_detail")
	private String infoDetail;

	@Enumerated(EnumType.STRING)
	@Column(name = "info_code")
	private Code infoCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SubscriptionEvent() {
	}

	SubscriptionEvent(String id, Subscription s, Type type, LocalDate effectiveDate, String infoDetail, Code infoCode,
			Instant createdAt) {
		this.id = id;
		this.accountId = s.getAccountId();
		this.subscriptionId = s.getId();
		this.type = type;
		this.effectiveDate = effectiveDate;
		this.planId = s.getPlanId();
		this.infoDetail = (infoDetail != null && infoDetail.length() > 500) ? infoDetail.substring(0, 500) : infoDetail;
		this.infoCode = infoCode;
		this.createdAt = createdAt;
	}

	Long getSeq() {
		return this.seq;
	}

	String getId() {
		return this.id;
	}

	Type getType() {
		return this.type;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	String getPlanId() {
		return this.planId;
	}

	String getInfoDetail() {
		return this.infoDetail;
	}

	Code getInfoCode() {
		return this.infoCode;
	}

}
