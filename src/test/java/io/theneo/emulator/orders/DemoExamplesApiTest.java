package io.theneo.emulator.orders;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.equalTo;

/** The order examples of the demo site (seed 001), through HTTP, every money field to the cent. */
class DemoExamplesApiTest extends ApiTest {

	@Test
	void retrieveOrderAnswersTheDemoExampleExactly() {
		String body = as(admin()).get("/v2/orders/CAISENgvlJ6jLWAzERDzjyHVybY").then().statusCode(200)
			.extract().asString();
		new JsonExamples().assertMatches(JsonExamples.tree(JsonExamples.resource("retrieve-order-response.json")),
				JsonExamples.tree(body));
	}

	@Test
	void updateOrderAnswersTheDemoExample() {
		TestAccount account = freshAccount();
		String orderId = account.id("DREk7wJcyXNHqULq8JJ2iPAsluJZY");
		String body = as(account).body(JsonExamples.resource("update-order-request.json"))
			.put("/v2/orders/" + orderId).then().statusCode(200).extract().asString();
		ObjectNode expected = (ObjectNode) JsonExamples.tree(JsonExamples.resource("update-order-response.json"));
		ObjectNode order = (ObjectNode) expected.get("order");
		order.put("id", orderId);
		order.put("location_id", account.id("MXVQSVNDGN3C8"));
		JsonNode actual = JsonExamples.tree(body);
		new JsonExamples().generated("order.updated_at")
			// the demo's answer leaves out the tip totals that every other order answer of the demo shows
			.extras("order.total_tip_money", "order.net_amounts.tip_money")
			.assertMatches(expected, actual);
		as(account).get("/v2/orders/" + orderId).then().statusCode(200).body("order.version", equalTo(2));
	}

}
