package io.theneo.emulator.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A named group of customers of one account (Square's CustomerGroup). */
@Entity
@Table(name = "customer_group")
class CustomerGroup implements Persistable<String> {

	static final int MAX_NAME_LENGTH = 255;

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CustomerGroup() {
	}

	CustomerGroup(String id, long accountId, String name, Instant now) {
		this.id = id;
		this.accountId = accountId;
		this.name = name;
		this.createdAt = now;
		this.updatedAt = now;
		this.fresh = true;
	}

	void rename(String name, Instant now) {
		this.name = name;
		this.updatedAt = now;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.fresh = false;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public String getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
