package io.theneo.emulator.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "server_secret")
class ServerSecret {

	@Id
	private String name;

	@Column(nullable = false)
	private String secret;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ServerSecret() {
	}

	ServerSecret(String name, String secret, Instant createdAt) {
		this.name = name;
		this.secret = secret;
		this.createdAt = createdAt;
	}

	String getSecret() {
		return this.secret;
	}

}
