package io.theneo.emulator.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that verifies a token's signature once and then remembers the parsed token, keyed by the whole
 * token string: clients send the same token on every request, and the RSA verification, the constant-time Base64 and
 * the JSON parsing were about a fifth of the CPU of a GET (JFR, scripts/bench). The validators (expiry, issuer,
 * revocation, account) still run on every request, so a revoked token is refused at once on every instance.
 * <p>
 * A different string — one changed character of a tampered token — is a different key and is verified in full. The
 * cache is bounded: when full it is emptied, which only costs the next requests a verification each.
 */
final class VerifiedTokenCache implements JwtDecoder {

	static final int MAX_ENTRIES = 1_000;

	private final JwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	/**
	 * @param verifier checks signature and shape only (no validator of its own)
	 * @param validator what must hold on every request
	 */
	VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator) {
		this.verifier = verifier;
		this.validator = validator;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.verified.get(token);
		if (jwt == null) {
			jwt = this.verifier.decode(token);
			if (this.verified.size() >= MAX_ENTRIES) {
				this.verified.clear();
			}
			this.verified.put(token, jwt);
		}
		OAuth2TokenValidatorResult result = this.validator.validate(jwt);
		if (result.hasErrors()) {
			OAuth2Error first = result.getErrors().iterator().next();
			// the message NimbusJwtDecoder gives the same failure
			throw new JwtValidationException(
					"An error occurred while attempting to decode the Jwt: " + first.getDescription(),
					result.getErrors());
		}
		return jwt;
	}

	int size() {
		return this.verified.size();
	}

}
