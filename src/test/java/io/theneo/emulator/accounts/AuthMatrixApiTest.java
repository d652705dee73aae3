package io.theneo.emulator.accounts;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every way a bearer token can be wrong, through the real security chain, each answered in the envelope. */
class AuthMatrixApiTest extends ApiTest {

	@Autowired
	JwtEncoder encoder;

	@Autowired
	AccountService accountService;

	@Test
	void noTokenIsUnauthorized() {
		given().get("/v2/locations")
			.then()
			.statusCode(401)
			.header("X-Request-Id", notNullValue())
			.body("errors[0].code", equalTo("UNAUTHORIZED"))
			.body("errors[0].category", equalTo("AUTHENTICATION_ERROR"))
			.body("errors[0].type", equalTo("authentication_error"));
	}

	@Test
	void garbageTokenIsUnauthorized() {
		given().header("Authorization", "Bearer not-a-jwt")
			.get("/v2/locations")
			.then()
			.statusCode(401)
			.body("errors[0].code", equalTo("UNAUTHORIZED"));
	}

	@Test
	void basicCredentialsOnTheApiAreUnauthorized() {
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.get("/v2/locations")
			.then()
			.statusCode(401)
			.body("errors[0].code", equalTo("UNAUTHORIZED"));
	}

	@Test
	void tamperedPayloadIsUnauthorized() {
		String token = admin().token();
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String forged = payload.replace("\"acct\":", "\"acct\":1" + "0".repeat(0) + "");
		forged = forged.replace("MLTHENEODEMO1", "MLOTHERMERCH1");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
				+ "." + parts[2];
		given().auth()
			.oauth2(tampered)
			.get("/v2/locations")
			.then()
			.statusCode(401)
			.body("errors[0].code", equalTo("UNAUTHORIZED"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("tampered"));
	}

	@Test
	void tamperedSignatureIsUnauthorized() {
		String token = admin().token();
		char last = token.charAt(token.length() - 2);
		String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
				+ token.charAt(token.length() - 1);
		given().auth().oauth2(tampered).get("/v2/locations").then().statusCode(401);
	}

	@Test
	void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
		RSAKey other = new RSAKeyGenerator(2048).keyID("forger").generate();
		JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(other)));
		String token = forger.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
				claims(Instant.now().plusSeconds(600), 1L)))
			.getTokenValue();
		given().auth().oauth2(token).get("/v2/locations").then().statusCode(401).body("errors[0].code",
				equalTo("UNAUTHORIZED"));
	}

	@Test
	void expiredTokenIsAccessTokenExpired() {
		long accountId = this.accountService.findByMerchantId("MLTHENEODEMO1").orElseThrow().getId();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
					claims(Instant.now().minusSeconds(5), accountId)))
			.getTokenValue();
		given().auth()
			.oauth2(token)
			.get("/v2/locations")
			.then()
			.statusCode(401)
			.body("errors[0].code", equalTo("ACCESS_TOKEN_EXPIRED"))
			.body("errors[0].type", equalTo("authentication_error"));
	}

	@Test
	void tokenOfADeletedAccountIsUnauthorized() {
		TestAccounts.TestAccount doomed = freshAccount();
		as(doomed).get("/v2/locations").then().statusCode(200);
		this.accountService.delete(this.accountService.findByMerchantId(doomed.merchantId()).orElseThrow().getId());
		as(doomed).get("/v2/locations").then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
	}

	@Test
	void wrongScopeIsForbiddenNamingTheMissingScope() {
		String token = TestAccounts.token("admin", "theneo-demo-key", "CUSTOMERS_READ");
		given().auth()
			.oauth2(token)
			.get("/v2/locations/057P5VYJ4A5X1")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].category", equalTo("AUTHENTICATION_ERROR"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("MERCHANT_PROFILE_READ"));
	}

	@Test
	void openEndpointsNeedNoToken() {
		given().get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
		given().get("/actuator/health/liveness").then().statusCode(200);
		given().get("/actuator/health/readiness").then().statusCode(200);
		given().get("/actuator/info").then().statusCode(200);
		given().get("/actuator/prometheus").then().statusCode(200);
	}

	private static JwtClaimsSet claims(Instant expiresAt, long accountId) {
		return JwtClaimsSet.builder()
			.issuer("theneo-emulator")
			.subject("admin")
			.id(UUID.randomUUID().toString())
			.issuedAt(expiresAt.minusSeconds(3600))
			.expiresAt(expiresAt)
			.claim("acct", accountId)
			.claim("merchant_id", "MLTHENEODEMO1")
			.claim("scope", "MERCHANT_PROFILE_READ")
			.build();
	}

}
