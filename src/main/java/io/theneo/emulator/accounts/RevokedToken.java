package io.theneo.emulator.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A revoked access token, by its {@code jti}; kept until the token would have expired anyway. */
@Entity
@Table(name = "revoked_token")
class RevokedToken {

	@Id
	private String jti;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	protected RevokedToken() {
	}

	RevokedToken(String jti, Instant expiresAt) {
		this.jti = jti;
		this.expiresAt = expiresAt;
	}

}
