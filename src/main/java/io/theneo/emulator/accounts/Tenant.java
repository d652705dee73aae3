package io.theneo.emulator.accounts;

import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller's account, from its verified token. Controllers take it as a parameter and pass the account id to
 * services; every query is scoped by it. Hidden from the OpenAPI document: it comes from the token, not the request.
 */
@Hidden
public record Tenant(long accountId, String merchantId, Set<String> scopes) {

	static final String ACCOUNT_CLAIM = "acct";

	static final String MERCHANT_CLAIM = "merchant_id";

	/** The tenant of the current request, when it carries a verified token. */
	public static Optional<Tenant> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth instanceof JwtAuthenticationToken token) {
			return Optional.of(from(token.getToken()));
		}
		return Optional.empty();
	}

	static Tenant from(Jwt jwt) {
		Object acct = jwt.getClaims().get(ACCOUNT_CLAIM);
		long accountId = (acct instanceof Number n) ? n.longValue() : Long.parseLong(String.valueOf(acct));
		Set<String> scopes = Set.copyOf(Scopes.split(jwt.getClaimAsString("scope")));
		return new Tenant(accountId, jwt.getClaimAsString(MERCHANT_CLAIM), scopes);
	}

}
