package io.theneo.emulator.cards;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/** A card on file. Holds no card number: brand, last 4, expiry, a keyed fingerprint and the test behaviour. */
@Entity
@Table(name = "card")
class Card implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "customer_id", nullable = false)
	private String customerId;

	@Column(name = "card_brand", nullable = false)
	private String cardBrand;

	@Column(name = "last_4", nullable = false)
	private String last4;

	@Column(name = "exp_month", nullable = false)
	private int expMonth;

	@Column(name = "exp_year", nullable = false)
	private int expYear;

	@Column(nullable = false)
	private String fingerprint;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CardBehavior behavior;

	@Column(name = "cardholder_name")
	private String cardholderName;

	/** The billing address as the wire's JSON object. */
	@Column(name = "billing_address")
	private String billingAddress;

	@Column(name = "reference_id")
	private String referenceId;

	@Column(nullable = false)
	private boolean enabled;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Card() {
	}

	Card(String id, long accountId, String customerId, TestCards.Source source, String fingerprint, int expMonth,
			int expYear, String cardholderName, String billingAddress, String referenceId, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.customerId = customerId;
		this.cardBrand = source.brand();
		this.last4 = source.last4();
		this.behavior = source.behavior();
		this.fingerprint = fingerprint;
		this.expMonth = expMonth;
		this.expYear = expYear;
		this.cardholderName = cardholderName;
		this.billingAddress = billingAddress;
		this.referenceId = referenceId;
		this.enabled = true;
		this.version = 1;
		this.createdAt = createdAt;
		this.fresh = true;
	}

	/** Square: disabling an already disabled card is allowed and changes nothing. */
	void disable() {
		this.enabled = false;
	}

	/** Whether the card can pay for {@code customerId} (any customer when null). */
	boolean canPayFor(String customer) {
		return this.enabled && (customer == null || customer.equals(this.customerId));
	}

	/** A card is good through the last moment of its expiry month (UTC), as printed cards are. */
	boolean isExpiredAt(Instant at) {
		Instant end = YearMonth.of(this.expYear, this.expMonth).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return !at.isBefore(end);
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public String getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	String getCustomerId() {
		return this.customerId;
	}

	String getCardBrand() {
		return this.cardBrand;
	}

	String getLast4() {
		return this.last4;
	}

	int getExpMonth() {
		return this.expMonth;
	}

	int getExpYear() {
		return this.expYear;
	}

	String getFingerprint() {
		return this.fingerprint;
	}

	CardBehavior getBehavior() {
		return this.behavior;
	}

	String getCardholderName() {
		return this.cardholderName;
	}

	String getBillingAddress() {
		return this.billingAddress;
	}

	String getReferenceId() {
		return this.referenceId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
