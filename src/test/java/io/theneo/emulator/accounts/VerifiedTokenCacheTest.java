package io.theneo.emulator.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** A token's signature is checked once; what can change (revocation, expiry, the account) is checked every time. */
class VerifiedTokenCacheTest {

	private final AtomicInteger verifications = new AtomicInteger();

	/** Accepts tokens starting with "good", like a signature check would, and counts its work. */
	private final JwtDecoder verifier = (token) -> {
		this.verifications.incrementAndGet();
		if (!token.startsWith("good")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.claim("jti", token)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
	};

	private final AtomicBoolean revoked = new AtomicBoolean();

	private final VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier,
			(jwt) -> this.revoked.get()
					? OAuth2TokenValidatorResult.failure(new OAuth2Error(TokenValidators.REVOKED, "revoked", null))
					: OAuth2TokenValidatorResult.success());

	@Test
	void verifiesATokenOnceAndReturnsTheSameJwt() {
		Jwt first = this.cache.decode("good-1");
		Jwt second = this.cache.decode("good-1");

		assertThat(second).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void validatesOnEveryRequestSoThatARevocationHoldsAtOnce() {
		this.cache.decode("good-2");
		this.revoked.set(true);

		assertThatThrownBy(() -> this.cache.decode("good-2")).isInstanceOfSatisfying(JwtValidationException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(OAuth2Error::getErrorCode)
					.containsExactly(TokenValidators.REVOKED));
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void anotherStringIsVerifiedInFullAndABadOneIsNeverRemembered() {
		this.cache.decode("good-3");

		assertThatThrownBy(() -> this.cache.decode("bad-3")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.cache.decode("bad-3")).isInstanceOf(BadJwtException.class);
		assertThat(this.verifications).hasValue(3);
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void staysBounded() {
		for (int i = 0; i < VerifiedTokenCache.MAX_ENTRIES * 3; i++) {
			this.cache.decode("good-many-" + i);
		}

		assertThat(this.cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_ENTRIES);
	}

}
