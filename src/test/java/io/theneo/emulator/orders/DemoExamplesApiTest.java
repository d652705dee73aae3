package io.theneo.emulator.orders;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.equalTo;

/** The order examples of the demo site (seed 001), through HTTP, every money field to the cent. */
class DemoExamplesApiTest extends OrdersTestSupport {

	private static final String[] CATALOG_IDS = { "BEMYCSMIJL46OCDV4KYIKXIB", "CHQX7Y4KY6N5KINJKZCFURPZ",
			"DB7L55ZH2BGWI4H23ULIWOQ7" };

	/** The demo's text with this account's ids in place of the documented ones. */
	private static String withIdsOf(TestAccount account, String text) {
		String result = text.replace("057P5VYJ4A5X1", account.id("057P5VYJ4A5X1"));
		for (String id : CATALOG_IDS) {
			result = result.replace(id, account.id(id));
		}
		return result;
	}

	@Test
	void createOrderAnswersTheDemoExampleToTheCent() {
		TestAccount account = freshAccount();
		String body = as(account).body(withIdsOf(account, JsonExamples.resource("create-order-request.json")))
			.post("/v2/orders").then().statusCode(200).extract().asString();
		JsonNode expected = JsonExamples.tree(withIdsOf(account, JsonExamples.resource("create-order-response.json")));
		JsonNode actual = JsonExamples.tree(body);
		new JsonExamples()
			.generated("order.id", "order.created_at", "order.updated_at", "order.line_items[*].uid",
					"order.line_items[*].modifiers[*].uid", "order.line_items[*].applied_taxes[*].uid",
					"order.line_items[*].applied_discounts[*].uid")
			// the version of each catalog object the order was priced with, as Square records it
			.extras("order.line_items[1].catalog_version", "order.line_items[1].modifiers[0].catalog_version",
					"order.discounts[0].catalog_version")
			.assertMatches(expected, actual);
		JsonExamples.assertSameFieldOrder(expected, actual);
		String orderId = actual.get("order").get("id").asString();
		org.assertj.core.api.Assertions.assertThat(orderId).isNotEqualTo("CAISENgvlJ6jLWAzERDzjyHVybY").hasSize(27);
		org.assertj.core.api.Assertions.assertThat(actual.get("order").get("created_at").asString())
			.isEqualTo(actual.get("order").get("updated_at").asString());
		// the generated uids are distinct
		java.util.Set<String> uids = new java.util.HashSet<>();
		actual.get("order").get("line_items").forEach((line) -> {
			uids.add(line.get("uid").asString());
			line.get("applied_taxes").forEach((t) -> uids.add(t.get("uid").asString()));
			line.get("applied_discounts").forEach((d) -> uids.add(d.get("uid").asString()));
		});
		org.assertj.core.api.Assertions.assertThat(uids).hasSize(9);
		retrieve(account, orderId).statusCode(200).extract().asString();
	}

	@Test
	void theCreateOrderRequestOfTheReferenceIsAcceptedAsWrittenByTheDefaultAccount() {
		as(admin()).body(JsonExamples.resource("create-order-request.json"))
			.post("/v2/orders")
			.then()
			.statusCode(200)
			.body("order.location_id", equalTo("057P5VYJ4A5X1"))
			.body("order.line_items[1].name", equalTo("New York Steak"))
			.body("order.line_items[1].variation_name", equalTo("Larger"))
			.body("order.line_items[1].modifiers[0].name", equalTo("Well"))
			.body("order.discounts[0].name", equalTo("Membership Discount"))
			.body("order.total_money.amount", equalTo(6176));
	}

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
