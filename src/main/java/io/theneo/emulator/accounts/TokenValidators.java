package io.theneo.emulator.accounts;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Checks beyond the signature, each with its own error code so that the entry point can answer ACCESS_TOKEN_EXPIRED or
 * ACCESS_TOKEN_REVOKED rather than a bare UNAUTHORIZED. Revocation and account deletion are read from the database on
 * every request (one query), so that they hold at once on every instance.
 */
final class TokenValidators {

	static final String EXPIRED = "token_expired";

	static final String REVOKED = "token_revoked";

	static final String UNKNOWN_ACCOUNT = "unknown_account";

	/** Revoked (jti), account present (id): standard SQL that H2 and PostgreSQL both run. */
	private static final String LIVE_SQL = "SELECT (SELECT COUNT(*) FROM revoked_token WHERE jti = ?),"
			+ " (SELECT COUNT(*) FROM account WHERE id = ?)";

	private TokenValidators() {
	}

	static OAuth2TokenValidator<Jwt> expiry() {
		return (jwt) -> {
			Instant exp = jwt.getExpiresAt();
			if (exp == null || !Instant.now().isBefore(exp)) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error(EXPIRED, "The access token has expired.", null));
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	static OAuth2TokenValidator<Jwt> issuer(String issuer) {
		return (jwt) -> issuer.equals(jwt.getClaimAsString("iss")) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Unknown token issuer.", null));
	}

	/**
	 * The token is not revoked and its account exists: one query (two scalar subqueries, both by primary key) on every
	 * request, without a transaction or an entity manager, so that a revocation or an account deletion on any instance
	 * holds at once here too.
	 */
	static OAuth2TokenValidator<Jwt> live(JdbcTemplate jdbc) {
		return (jwt) -> {
			if (jwt.getId() == null || jwt.getClaims().get(Tenant.ACCOUNT_CLAIM) == null) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Malformed token.", null));
			}
			long accountId;
			try {
				accountId = Tenant.from(jwt).accountId();
			}
			catch (RuntimeException ex) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Malformed token.", null));
			}
			long[] found = jdbc.queryForObject(LIVE_SQL, (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) },
					jwt.getId(), accountId);
			if (found[0] > 0) {
				return OAuth2TokenValidatorResult
					.failure(new OAuth2Error(REVOKED, "The access token has been revoked.", null));
			}
			if (found[1] == 0) {
				return OAuth2TokenValidatorResult
					.failure(new OAuth2Error(UNKNOWN_ACCOUNT, "The token's account no longer exists.", null));
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

}
