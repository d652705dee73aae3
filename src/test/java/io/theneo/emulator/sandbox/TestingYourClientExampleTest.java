package io.theneo.emulator.sandbox;

import java.util.List;
import java.util.Map;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

/**
 * The example of docs/testing-your-client.md, run against this server: what a client's own test suite does, through
 * nothing but the public API (no test support of this repository).
 */
class TestingYourClientExampleTest extends ApiTest {

	private String token;

	private Map<String, List<String>> fixtures;

	private static String token(String clientId, String secret) {
		return given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
			.post("/oauth2/token").then().statusCode(200).extract().path("access_token");
	}

	private RequestSpecification api() {
		return given().auth().oauth2(this.token).contentType("application/json");
	}

	@BeforeEach
	void freshAccountForEveryTest() {
		String admin = token("admin", "theneo-demo-key");
		var created = given().auth().oauth2(admin).contentType("application/json").body("{\"name\": \"my client's test\"}")
			.post("/v2/sandbox/accounts").then().statusCode(201).extract().jsonPath();
		this.token = token(created.getString("account.client_id"), created.getString("account.client_secret"));
		this.fixtures = created.getMap("fixtures");
	}

	@Test
	void runsAFlowAssertsOnTheJournalAndAdvancesTheClockAMonth() {
		String location = this.fixtures.get("location_ids").get(3);
		api().get("/v2/locations/" + location).then().statusCode(200).body("location.name", equalTo("Subscriptions"));

		api().get("/v2/sandbox/requests?path=/v2/locations").then()
			.body("requests", hasSize(1))
			.body("requests[0].method", equalTo("GET"))
			.body("requests[0].status", equalTo(200))
			.body("requests[0].request_headers.Authorization", equalTo("***"));

		api().body("{\"advance_by\": \"P1M\"}").post("/v2/sandbox/clock").then().statusCode(200)
			.body("offset_ms", greaterThan(27L * 24 * 3600 * 1000));
	}

}
