package io.theneo.emulator.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claimed idempotency key and, once the first request finished, its response. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "http_method", nullable = false)
	private String httpMethod;

	@Column(name = "path_template", nullable = false)
	private String pathTemplate;

	@Column(name = "idem_key", nullable = false)
	private String idemKey;

	@Column(name = "request_hash", nullable = false)
	private String requestHash;

	@Column(nullable = false)
	private boolean completed;

	private Integer status;

	@Column(name = "content_type")
	private String contentType;

	private byte[] body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(long accountId, String httpMethod, String pathTemplate, String idemKey, String requestHash,
			Instant createdAt) {
		this.accountId = accountId;
		this.httpMethod = httpMethod;
		this.pathTemplate = pathTemplate;
		this.idemKey = idemKey;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getRequestHash() {
		return this.requestHash;
	}

	boolean isCompleted() {
		return this.completed;
	}

	Integer getStatus() {
		return this.status;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
