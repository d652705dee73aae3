package io.theneo.emulator.sandbox;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

class SandboxAccountsApiTest extends ApiTest {

	@Test
	void createsAnIsolatedAccountWithEveryScopeButSandboxAdminAndTheFixtures() {
		as(admin()).body("{\"name\": \"checkout tests\"}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(201)
			.body("account.id", matchesPattern("ML[A-Z0-9]{11}"))
			.body("account.name", equalTo("checkout tests"))
			.body("account.client_id", startsWith("sandbox-"))
			.body("account.client_secret", startsWith("sk_"))
			.body("account.scopes", contains(Scopes.API.toArray()))
			.body("account.scopes", not(org.hamcrest.Matchers.hasItem("SANDBOX_ADMIN")))
			.body("account.created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
			.body("fixtures.keySet()", contains("location_ids", "customer_ids", "catalog_object_ids", "plan_ids",
					"card_ids"))
			.body("fixtures.location_ids", hasSize(4));
	}

	@Test
	void emptyBodyIsAllowedAndTheSecretGetsATokenForTheNewAccountOnly() {
		SandboxClient.Created created = SandboxClient.create(admin(), null);
		TestAccounts.TestAccount account = created.asTestAccount();
		String ownLocation = created.fixtures().get("location_ids").get(0);
		as(account).get("/v2/locations/" + ownLocation).then().statusCode(200).body("location.merchant_id",
				equalTo(created.merchantId()));
		as(account).get("/v2/locations/057P5VYJ4A5X1").then().statusCode(404);
		as(admin()).get("/v2/locations/" + ownLocation).then().statusCode(404);
		given().auth().preemptive().basic(created.clientId(), created.secret())
			.formParam("grant_type", "client_credentials")
			.formParam("scope", "SANDBOX_ADMIN")
			.post("/oauth2/token")
			.then()
			.statusCode(400)
			.body("error", equalTo("invalid_scope"));
	}

	@Test
	void theSecretIsShownOnlyAtCreation() {
		SandboxClient.Created created = SandboxClient.create(admin(), "{}");
		as(created.asTestAccount()).get("/v2/sandbox/requests")
			.then()
			.statusCode(200)
			.body(not(containsString(created.secret())));
		as(admin()).get("/v2/sandbox/requests?path=/v2/sandbox/accounts")
			.then()
			.statusCode(200)
			.body(not(containsString(created.secret())))
			.body("requests[0].response_body.account.client_secret", equalTo("***"));
	}

	@Test
	void narrowScopesAreGrantedAsAsked() {
		SandboxClient.Created created = SandboxClient.create(admin(), "{\"scopes\": [\"CUSTOMERS_READ\"]}");
		as(created.asTestAccount()).get("/v2/locations")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
		as(admin()).body("{\"scopes\": []}").post("/v2/sandbox/accounts").then().statusCode(201).body("account.scopes",
				empty());
	}

	@Test
	void unknownScopesAreInvalidEnumValuesAndSandboxAdminCannotBeGranted() {
		as(admin()).body("{\"scopes\": [\"CUSTOMERS_READ\", \"CUSTOMERS_DESTROY\", \"SANDBOX_ADMIN\"]}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("scopes[1]"))
			.body("errors[0].detail", containsString("CUSTOMERS_DESTROY"))
			.body("errors[1].code", equalTo("INVALID_VALUE"))
			.body("errors[1].field", equalTo("scopes[2]"));
	}

	@Test
	void badNamesAndUnknownFieldsAreRejected() {
		as(admin()).body("{\"name\": \"" + "n".repeat(256) + "\"}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("name"));
		as(admin()).body("{\"name\": \"  \"}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("name"));
		as(admin()).body("{\"nme\": \"typo\"}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("nme"));
		as(admin()).body("{\"scopes\": \"CUSTOMERS_READ\"}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("scopes"));
	}

	@Test
	void creatingOrDeletingAccountsNeedsSandboxAdmin() {
		TestAccounts.TestAccount plain = freshAccount();
		as(plain).body("{}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", containsString("SANDBOX_ADMIN"));
		as(plain).delete("/v2/sandbox/accounts/" + plain.merchantId())
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
		String narrowAdmin = TestAccounts.token("admin", "theneo-demo-key", "CUSTOMERS_READ");
		given().auth().oauth2(narrowAdmin).contentType("application/json").body("{}")
			.post("/v2/sandbox/accounts")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
	}

	@Test
	void deletingRemovesTheAccountAndItsTokensStopWorking() {
		SandboxClient.Created created = SandboxClient.create(admin(), "{}");
		TestAccounts.TestAccount account = created.asTestAccount();
		as(account).get("/v2/locations").then().statusCode(200);
		as(account).body("{\"path\": \"/v2/locations\", \"status\": 500}").post("/v2/sandbox/faults").then().statusCode(201);

		as(admin()).delete("/v2/sandbox/accounts/" + created.merchantId()).then().statusCode(200).body(equalTo("{}"));

		as(account).get("/v2/locations").then().statusCode(401).body("errors[0].code", equalTo("UNAUTHORIZED"));
		as(account).get("/v2/sandbox/requests").then().statusCode(401);
		given().auth().preemptive().basic(created.clientId(), created.secret())
			.formParam("grant_type", "client_credentials")
			.post("/oauth2/token")
			.then()
			.statusCode(401)
			.body("error", equalTo("invalid_client"));
		as(admin()).delete("/v2/sandbox/accounts/" + created.merchantId())
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"));
	}

	@Test
	void unknownAccountIsNotFound() {
		as(admin()).delete("/v2/sandbox/accounts/MLNOSUCHACCT1")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Account with ID `MLNOSUCHACCT1` not found."));
	}

	@Test
	void theDefaultAccountCannotBeDeleted() {
		as(admin()).delete("/v2/sandbox/accounts/MLTHENEODEMO1")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		as(admin()).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void anAccountIsCreatedFastEnoughForOnePerTestAndTheFigureIsPrinted() {
		// printed, not asserted: timing depends on the machine (scripts/bench-sandbox measures it properly)
		int n = 10;
		long[] millis = new long[n];
		for (int i = 0; i < n; i++) {
			long start = System.nanoTime();
			as(admin()).body("{}").post("/v2/sandbox/accounts").then().statusCode(201);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		java.util.Arrays.sort(millis);
		System.out.println("[figures] POST /v2/sandbox/accounts over HTTP, " + n + " calls: median " + millis[n / 2]
				+ " ms, max " + millis[n - 1] + " ms");
	}

}
