package io.theneo.emulator.sandbox;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The example of docs/testing-your-client.md, run against this server: what a client's own test suite does, through
 * nothing but the public API (none of this repository's test helpers).
 */
class TestingYourClientExampleTest extends ApiTest {

	String token;

	Map<String, List<String>> fx;

	static String token(String id, String secret) {
		return given().auth().preemptive().basic(id, secret).formParam("grant_type", "client_credentials")
			.post("/oauth2/token").path("access_token");
	}

	RequestSpecification api() {
		return given().auth().oauth2(this.token).contentType("application/json");
	}

	@BeforeEach
	void sandboxAccount() {
		JsonPath a = given().auth().oauth2(token("admin", "theneo-demo-key")).contentType("application/json").body("{}")
			.post("/v2/sandbox/accounts").then().statusCode(201).extract().jsonPath();
		this.token = token(a.getString("account.client_id"), a.getString("account.client_secret"));
		this.fx = a.getMap("fixtures");
	}

	@Test
	void billsTheSubscriptionAMonthLater() {
		String id = api().body(Map.of("location_id", this.fx.get("location_ids").get(3), "plan_id",
				this.fx.get("plan_ids").get(0), "customer_id", this.fx.get("customer_ids").get(0)))
			.post("/v2/subscriptions").then().statusCode(200).extract().path("subscription.id");
		api().get("/v2/sandbox/requests?path=/v2/subscriptions").then().body("requests[0].status", equalTo(200));
		api().body("{\"advance_by\": \"P1M\"}").post("/v2/sandbox/clock").then().body("ran", not(empty()))
			.body("ran.kind", hasItem("subscription.billed")).body("ran.object_id", hasItem(id));
		api().get("/v2/subscriptions/" + id).then().body("subscription.invoice_ids", hasSize(2));
	}

}
