package io.theneo.emulator.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A merchant: owns every object it creates; nothing of it is visible to another account. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "merchant_id", nullable = false)
	private String merchantId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean sandbox;

	/** The default account keeps the ids printed in the documents; sandbox accounts get ids derived from their own. */
	@Column(name = "documented_fixture_ids", nullable = false)
	private boolean documentedFixtureIds;

	@Column(name = "clock_offset_millis", nullable = false)
	private long clockOffsetMillis;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Account() {
	}

	Account(String merchantId, String name, boolean sandbox, boolean documentedFixtureIds, Instant createdAt) {
		this.merchantId = merchantId;
		this.name = name;
		this.sandbox = sandbox;
		this.documentedFixtureIds = documentedFixtureIds;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getMerchantId() {
		return this.merchantId;
	}

	public String getName() {
		return this.name;
	}

	public boolean isSandbox() {
		return this.sandbox;
	}

	public boolean isDocumentedFixtureIds() {
		return this.documentedFixtureIds;
	}

	public long getClockOffsetMillis() {
		return this.clockOffsetMillis;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
