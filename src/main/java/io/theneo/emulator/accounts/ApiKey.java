package io.theneo.emulator.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API key: a client id (the admin username) and the hash of its secret, with the scopes it may grant. */
@Entity
@Table(name = "api_key")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "client_id", nullable = false)
	private String clientId;

	@Column(name = "secret_hash", nullable = false)
	private String secretHash;

	@Column(nullable = false)
	private String scopes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ApiKey() {
	}

	ApiKey(Long accountId, String clientId, String secretHash, Set<String> scopes, Instant createdAt) {
		this.accountId = accountId;
		this.clientId = clientId;
		this.secretHash = secretHash;
		this.scopes = String.join(" ", scopes);
		this.createdAt = createdAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getClientId() {
		return this.clientId;
	}

	String getSecretHash() {
		return this.secretHash;
	}

	void setSecretHash(String secretHash) {
		this.secretHash = secretHash;
	}

	Set<String> getScopes() {
		return new LinkedHashSet<>(Arrays.asList(this.scopes.split(" ")));
	}

	void setScopes(Set<String> scopes) {
		this.scopes = String.join(" ", scopes);
	}

}
