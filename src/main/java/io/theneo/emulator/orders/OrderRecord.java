package io.theneo.emulator.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

import io.theneo.emulator.web.ApiException;

/**
 * One order: the columns search filters and sorts on, and the rest as a JSON document ({@link OrderContent}). The
 * wire {@code version} is the JPA version, so two updates racing from one version cannot both commit.
 */
@Entity
@Table(name = "orders")
class OrderRecord implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "location_id", nullable = false)
	private String locationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderState state;

	@Column(name = "customer_id")
	private String customerId;

	@Column(name = "source_name")
	private String sourceName;

	@Column(name = "reference_id")
	private String referenceId;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "total_amount", nullable = false)
	private long totalAmount;

	@Column(nullable = false)
	private String currency;

	@Column(nullable = false, columnDefinition = "text")
	private String content;

	protected OrderRecord() {
	}

	/** A new order at version 1, as Square numbers them. */
	OrderRecord(String id, long accountId, String locationId, OrderState state, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.locationId = locationId;
		this.state = state;
		this.version = 1;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.fresh = true;
	}

	/** Assigned ids: tells Spring Data to insert without a select first. */
	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public String getId() {
		return this.id;
	}

	/** COMPLETED and CANCELED orders are final: nothing about them changes any more. */
	void requireChangeable() {
		if (this.state.isClosed()) {
			throw ApiException.badRequest("The order `" + this.id + "` is " + this.state + " and can no longer be changed.");
		}
	}

	/** Moves to {@code next} when Square allows it; closing stamps {@code closed_at}. */
	void moveTo(OrderState next, Instant now) {
		if (!this.state.canBecome(next)) {
			throw new ApiException(io.theneo.emulator.web.ErrorCode.BAD_REQUEST,
					"An order in state " + this.state + " cannot change to " + next + ".", "order.state");
		}
		if (next != this.state && next.isClosed()) {
			this.closedAt = now;
		}
		this.state = next;
	}

	/** Replaces what an update may change; the version moves on when the change is flushed. */
	void change(String customerId, String sourceName, String referenceId, String content, long totalAmount,
			String currency, Instant now) {
		this.customerId = customerId;
		this.sourceName = sourceName;
		this.referenceId = referenceId;
		this.content = content;
		this.totalAmount = totalAmount;
		this.currency = currency;
		this.updatedAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

	String getLocationId() {
		return this.locationId;
	}

	OrderState getState() {
		return this.state;
	}

	String getCustomerId() {
		return this.customerId;
	}

	String getSourceName() {
		return this.sourceName;
	}

	String getReferenceId() {
		return this.referenceId;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	String getCurrency() {
		return this.currency;
	}

	String getContent() {
		return this.content;
	}

}
