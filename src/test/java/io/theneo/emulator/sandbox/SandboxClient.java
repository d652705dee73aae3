package io.theneo.emulator.sandbox;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import io.theneo.emulator.support.TestAccounts;

import static io.restassured.RestAssured.given;

/** Sandbox accounts made through the API itself, as a client's tests would make them. */
final class SandboxClient {

	private SandboxClient() {
	}

	/** POST /v2/sandbox/accounts with the admin's token, then a token for the new client. */
	static Created create(TestAccounts.TestAccount admin, String body) {
		var request = given().auth().oauth2(admin.token()).contentType("application/json");
		if (body != null) {
			request.body(body);
		}
		JsonPath created = request.post("/v2/sandbox/accounts").then().statusCode(201).extract().jsonPath();
		String clientId = created.getString("account.client_id");
		String secret = created.getString("account.client_secret");
		return new Created(created.getString("account.id"), clientId, secret,
				TestAccounts.token(clientId, secret, null), created.getMap("fixtures"));
	}

	record Created(String merchantId, String clientId, String secret, String token, Map<String, List<String>> fixtures) {

		TestAccounts.TestAccount asTestAccount() {
			return new TestAccounts.TestAccount(this.clientId, this.secret, this.merchantId, this.fixtures, this.token);
		}

	}

}
