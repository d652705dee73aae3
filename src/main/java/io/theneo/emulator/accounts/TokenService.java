package io.theneo.emulator.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, describes and revokes access tokens for API keys (OAuth 2.0 client credentials, RFC 6749 §4.4). */
@Service
class TokenService {

	private final ApiKeyRepository apiKeys;

	private final AccountRepository accounts;

	private final RevokedTokenRepository revoked;

	private final KeyHasher hasher;

	private final JwtEncoder encoder;

	private final JwtDecoder decoder;

	private final JwtKeys keys;

	private final AuthProperties properties;

	TokenService(ApiKeyRepository apiKeys, AccountRepository accounts, RevokedTokenRepository revoked,
			KeyHasher hasher, JwtEncoder encoder, JwtDecoder decoder, JwtKeys keys, AuthProperties properties) {
		this.apiKeys = apiKeys;
		this.accounts = accounts;
		this.revoked = revoked;
		this.hasher = hasher;
		this.encoder = encoder;
		this.decoder = decoder;
		this.keys = keys;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	TokenResponse issue(String grantType, ClientCredentials credentials, Collection<String> requestedScopes) {
		if (grantType == null || grantType.isBlank()) {
			throw OAuthException.invalidRequest("grant_type is required.");
		}
		if (!"client_credentials".equals(grantType)) {
			throw new OAuthException(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
					"Only the client_credentials grant is supported.");
		}
		ApiKey key = authenticate(credentials);
		Set<String> held = key.getScopes();
		Set<String> granted;
		if (requestedScopes == null || requestedScopes.isEmpty()) {
			granted = held;
		}
		else {
			granted = new LinkedHashSet<>(requestedScopes);
			List<String> notHeld = granted.stream().filter((s) -> !held.contains(s)).toList();
			if (!notHeld.isEmpty()) {
				throw new OAuthException(HttpStatus.BAD_REQUEST, "invalid_scope",
						"The API key does not hold the scopes " + String.join(", ", notHeld) + ".");
			}
		}
		Account account = this.accounts.findById(key.getAccountId()).orElseThrow(OAuthException::invalidClient);
		Instant now = Instant.now();
		Instant expiresAt = now.plus(this.properties.tokenTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(key.getClientId())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(Tenant.ACCOUNT_CLAIM, account.getId())
			.claim(Tenant.MERCHANT_CLAIM, account.getMerchantId())
			.claim("scope", String.join(" ", granted))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").keyId(this.keys.rsaKey().getKeyID()).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new TokenResponse(token, "bearer", this.properties.tokenTtl().toSeconds(), expiresAt,
				account.getMerchantId(), String.join(" ", granted));
	}

	/** RFC 7009: the client must authenticate; a token that is not valid (or not its own) is answered with success. */
	@Transactional
	void revoke(ClientCredentials credentials, String token) {
		ApiKey key = authenticate(credentials);
		if (token == null || token.isBlank()) {
			throw OAuthException.invalidRequest("token is required.");
		}
		Jwt jwt;
		try {
			jwt = this.decoder.decode(token);
		}
		catch (JwtException ex) {
			return;
		}
		if (key.getClientId().equals(jwt.getSubject()) && jwt.getId() != null && !this.revoked.existsById(jwt.getId())) {
			this.revoked.save(new RevokedToken(jwt.getId(), jwt.getExpiresAt()));
		}
	}

	TokenStatus status(Jwt jwt) {
		return new TokenStatus(jwt.getClaimAsString("scope"), jwt.getExpiresAt(),
				jwt.getClaimAsString(Tenant.MERCHANT_CLAIM), jwt.getSubject(), jwt.getIssuedAt());
	}

	private ApiKey authenticate(ClientCredentials credentials) {
		if (credentials == null || credentials.clientId() == null || credentials.clientSecret() == null) {
			throw OAuthException.invalidClient();
		}
		ApiKey key = this.apiKeys.findByClientId(credentials.clientId()).orElse(null);
		if (key == null || !this.hasher.matches(credentials.clientSecret(), key.getSecretHash())) {
			throw OAuthException.invalidClient();
		}
		return key;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void purgeExpiredRevocations() {
		this.revoked.deleteExpired(Instant.now());
	}

	record ClientCredentials(String clientId, String clientSecret) {
	}

}
