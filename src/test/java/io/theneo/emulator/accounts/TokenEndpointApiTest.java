package io.theneo.emulator.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** POST /oauth2/token, /oauth2/revoke, /oauth2/token/status and /oauth2/jwks, with every RFC 6749 error. */
class TokenEndpointApiTest extends ApiTest {

	@Test
	void issuesABearerTokenForBasicCredentials() {
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.formParam("grant_type", "client_credentials")
			.post("/oauth2/token")
			.then()
			.statusCode(200)
			.body("access_token", notNullValue())
			.body("token_type", equalTo("bearer"))
			.body("expires_in", equalTo(3600))
			.body("expires_at", notNullValue())
			.body("merchant_id", equalTo("MLTHENEODEMO1"))
			.body("scope", org.hamcrest.Matchers.containsString("CUSTOMERS_READ"));
	}

	@Test
	void acceptsCredentialsInTheFormBody() {
		given().formParam("grant_type", "client_credentials")
			.formParam("client_id", "admin")
			.formParam("client_secret", "theneo-demo-key")
			.post("/oauth2/token")
			.then()
			.statusCode(200)
			.body("token_type", equalTo("bearer"));
	}

	@Test
	void acceptsAJsonBodyWithNarrowerScopes() {
		String token = given().contentType("application/json")
			.body(Map.of("grant_type", "client_credentials", "client_id", "admin", "client_secret", "theneo-demo-key",
					"scopes", List.of("CUSTOMERS_READ")))
			.post("/oauth2/token")
			.then()
			.statusCode(200)
			.body("scope", equalTo("CUSTOMERS_READ"))
			.extract()
			.path("access_token");
		given().auth()
			.oauth2(token)
			.get("/v2/locations")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("MERCHANT_PROFILE_READ"));
	}

	@Test
	void narrowsScopesWithTheFormScopeParameter() {
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.formParam("grant_type", "client_credentials")
			.formParam("scope", "ORDERS_READ ITEMS_READ")
			.post("/oauth2/token")
			.then()
			.statusCode(200)
			.body("scope", equalTo("ORDERS_READ ITEMS_READ"));
	}

	@Test
	void wrongSecretIsInvalidClient() {
		given().auth()
			.preemptive()
			.basic("admin", "wrong")
			.formParam("grant_type", "client_credentials")
			.post("/oauth2/token")
			.then()
			.statusCode(401)
			.header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"))
			.body("error", equalTo("invalid_client"));
	}

	@Test
	void unknownClientIsInvalidClient() {
		given().formParam("grant_type", "client_credentials")
			.formParam("client_id", "nobody")
			.formParam("client_secret", "x")
			.post("/oauth2/token")
			.then()
			.statusCode(401)
			.body("error", equalTo("invalid_client"));
	}

	@Test
	void missingCredentialsIsInvalidClient() {
		given().formParam("grant_type", "client_credentials")
			.post("/oauth2/token")
			.then()
			.statusCode(401)
			.body("error", equalTo("invalid_client"));
	}

	@Test
	void otherGrantTypesAreUnsupported() {
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.formParam("grant_type", "password")
			.post("/oauth2/token")
			.then()
			.statusCode(400)
			.body("error", equalTo("unsupported_grant_type"));
	}

	@Test
	void missingGrantTypeIsInvalidRequest() {
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.formParam("scope", "ORDERS_READ")
			.post("/oauth2/token")
			.then()
			.statusCode(400)
			.body("error", equalTo("invalid_request"));
	}

	@Test
	void aScopeTheKeyDoesNotHoldIsInvalidScope() {
		TestAccounts.TestAccount narrow = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		given().auth()
			.preemptive()
			.basic(narrow.clientId(), narrow.secret())
			.formParam("grant_type", "client_credentials")
			.formParam("scope", "CUSTOMERS_READ ORDERS_WRITE")
			.post("/oauth2/token")
			.then()
			.statusCode(400)
			.body("error", equalTo("invalid_scope"))
			.body("error_description", org.hamcrest.Matchers.containsString("ORDERS_WRITE"));
	}

	@Test
	void malformedJsonIsInvalidRequestInTheOAuthShape() {
		given().contentType("application/json")
			.body("{\"grant_type\": ")
			.post("/oauth2/token")
			.then()
			.statusCode(400)
			.body("error", equalTo("invalid_request"))
			.body("error_description", notNullValue());
	}

	@Test
	void revokedTokenIsRefusedAtOnceAndOthersStillWork() {
		TestAccounts.TestAccount account = freshAccount();
		String keep = TestAccounts.token(account.clientId(), account.secret(), null);
		String revoke = TestAccounts.token(account.clientId(), account.secret(), null);
		given().auth().oauth2(revoke).get("/v2/locations").then().statusCode(200);
		given().auth()
			.preemptive()
			.basic(account.clientId(), account.secret())
			.formParam("token", revoke)
			.post("/oauth2/revoke")
			.then()
			.statusCode(200)
			.body("success", equalTo(true));
		given().auth()
			.oauth2(revoke)
			.get("/v2/locations")
			.then()
			.statusCode(401)
			.body("errors[0].code", equalTo("ACCESS_TOKEN_REVOKED"))
			.body("errors[0].category", equalTo("AUTHENTICATION_ERROR"))
			.body("errors[0].type", equalTo("authentication_error"));
		given().auth().oauth2(keep).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void revokesWithAJsonBody() {
		TestAccounts.TestAccount account = freshAccount();
		String token = TestAccounts.token(account.clientId(), account.secret(), null);
		given().contentType("application/json")
			.body(Map.of("client_id", account.clientId(), "client_secret", account.secret(), "access_token", token))
			.post("/oauth2/revoke")
			.then()
			.statusCode(200)
			.body("success", equalTo(true));
		given().auth().oauth2(token).get("/v2/locations").then().statusCode(401);
	}

	@Test
	void revocationNeedsTheClientsCredentials() {
		TestAccounts.TestAccount account = freshAccount();
		given().formParam("token", account.token())
			.post("/oauth2/revoke")
			.then()
			.statusCode(401)
			.body("error", equalTo("invalid_client"));
		given().auth().oauth2(account.token()).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void aClientCannotRevokeAnotherClientsToken() {
		TestAccounts.TestAccount victim = freshAccount();
		TestAccounts.TestAccount attacker = freshAccount();
		given().auth()
			.preemptive()
			.basic(attacker.clientId(), attacker.secret())
			.formParam("token", victim.token())
			.post("/oauth2/revoke")
			.then()
			.statusCode(200);
		given().auth().oauth2(victim.token()).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void statusDescribesTheBearerToken() {
		TestAccounts.TestAccount account = freshAccount();
		given().auth()
			.oauth2(account.token())
			.post("/oauth2/token/status")
			.then()
			.statusCode(200)
			.body("merchant_id", equalTo(account.merchantId()))
			.body("client_id", equalTo(account.clientId()))
			.body("expires_at", notNullValue())
			.body("scope", org.hamcrest.Matchers.containsString("ORDERS_WRITE"));
		given().post("/oauth2/token/status").then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
	}

	@Test
	void jwksPublishesOnlyThePublicKey() {
		given().get("/oauth2/jwks")
			.then()
			.statusCode(200)
			.body("keys.size()", greaterThan(0))
			.body("keys[0].kty", equalTo("RSA"))
			.body("keys[0].kid", notNullValue())
			.body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")))
			.body("keys[0]", not(org.hamcrest.Matchers.hasKey("p")));
	}

	@Test
	void theTokenScopeListsEveryApiScopeOfTheAdmin() {
		List<String> scopes = List.of(given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.formParam("grant_type", "client_credentials")
			.post("/oauth2/token")
			.then()
			.extract()
			.<String>path("scope")
			.split(" "));
		Scopes.API.forEach((s) -> org.hamcrest.MatcherAssert.assertThat(scopes, hasItem(s)));
		org.hamcrest.MatcherAssert.assertThat(scopes, hasItem("SANDBOX_ADMIN"));
	}

}
