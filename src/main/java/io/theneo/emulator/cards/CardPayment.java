package io.theneo.emulator.cards;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A successful charge to a card on file; declined charges leave no row. */
@Entity
@Table(name = "card_payment")
class CardPayment implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "card_id", nullable = false)
	private String cardId;

	@Column(name = "customer_id", nullable = false)
	private String customerId;

	@Column(nullable = false)
	private long amount;

	@Column(nullable = false)
	private String currency;

	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CardPayment() {
	}

	CardPayment(String id, long accountId, String cardId, String customerId, long amount, String currency, String note,
			Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.cardId = cardId;
		this.customerId = customerId;
		this.amount = amount;
		this.currency = currency;
		this.note = note;
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

	String getCardId() {
		return this.cardId;
	}

	long getAmount() {
		return this.amount;
	}

	String getCurrency() {
		return this.currency;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
