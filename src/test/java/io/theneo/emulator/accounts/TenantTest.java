package io.theneo.emulator.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The tenant read from a verified token's claims. */
class TenantTest {

	@Test
	void scopesAreSplitAtAnyWhitespaceAndRepeatsCountOnce() {
		Tenant tenant = Tenant.from(jwt(42L, " ORDERS_READ\tORDERS_WRITE\n\u000BCUSTOMERS_READ\f\rORDERS_READ  "));
		assertThat(tenant.accountId()).isEqualTo(42L);
		assertThat(tenant.merchantId()).isEqualTo("MLTEST");
		assertThat(tenant.scopes()).containsExactlyInAnyOrder("ORDERS_READ", "ORDERS_WRITE", "CUSTOMERS_READ");
	}

	@Test
	void noScopeOrABlankOneIsNoScopes() {
		assertThat(Tenant.from(jwt("7", " \t ")).scopes()).isEmpty();
		assertThat(Tenant.from(jwt("7", null)).scopes()).isEmpty();
		assertThat(Tenant.from(jwt("7", null)).accountId()).isEqualTo(7L);
	}

	private static Jwt jwt(Object account, String scope) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim(Tenant.ACCOUNT_CLAIM, account)
			.claim(Tenant.MERCHANT_CLAIM, "MLTEST")
			.issuedAt(Instant.parse("2026-11-26T00:00:00Z"));
		if (scope != null) {
			builder.claim("scope", scope);
		}
		return builder.build();
	}

}
