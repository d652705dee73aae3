package io.theneo.emulator.orders;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

class CalculateAndCloneApiTest extends OrdersTestSupport {

	private static TestAccount account;

	private String location;

	@BeforeEach
	void account() {
		if (account == null) {
			account = freshAccount();
		}
		this.location = account.id(CREATE_LOCATION);
	}

	private int count() {
		java.util.List<Object> entries = post(account, "/v2/orders/search",
				"{\"location_ids\": [\"" + this.location + "\"], \"return_entries\": true}")
			.then().statusCode(200).extract().jsonPath().getList("order_entries");
		return entries == null ? 0 : entries.size();
	}

	@Test
	void calculateComputesTheMoneyAndStoresNothing() {
		int before = count();
		post(account, "/v2/orders/calculate", """
				{"order": {"location_id": "%s", "line_items": [%s, %s],
				  "discounts": [{"uid": "half", "name": "50%% Off", "percentage": "50"}]}}"""
			.formatted(this.location, line("Item 1", "1", 500), line("Item 2", "2", 300)))
			.then()
			.statusCode(200)
			.body("order", not(hasKey("id")))
			.body("order", not(hasKey("version")))
			.body("order", not(hasKey("created_at")))
			.body("order", not(hasKey("updated_at")))
			.body("order.state", equalTo("OPEN"))
			.body("order.line_items.total_discount_money.amount", contains(250, 300))
			.body("order.discounts[0].applied_money.amount", equalTo(550))
			.body("order.total_money.amount", equalTo(550));
		org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
	}

	@Test
	void calculateReportsTheSameProblemsAsCreate() {
		post(account, "/v2/orders/calculate", order("NOPE", line("A", "x", 1)))
			.then()
			.statusCode(400)
			.body("errors.field", contains("order.location_id"));
		post(account, "/v2/orders/calculate", order(this.location, line("A", "x", 1)))
			.then()
			.statusCode(400)
			.body("errors.field", contains("order.line_items[0].quantity"));
		post(account, "/v2/orders/calculate", "{\"order\": {\"location_id\": \"" + this.location
				+ "\"}, \"idempotency_key\": \"k\", \"extra\": 1}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"));
	}

	@Test
	void cloneMakesADraftCopyWithANewIdAtVersionOne() {
		String id = createId(account, """
				{"order": {"location_id": "%s", "reference_id": "orig", "line_items": [
				  {"uid": "x", "name": "X", "quantity": "2", "base_price_money": {"amount": 400, "currency": "USD"}}],
				  "taxes": [{"uid": "t", "name": "T", "percentage": "10"}]}}""".formatted(this.location));
		update(account, id, "{\"order\": {\"version\": 1, \"state\": \"COMPLETED\"}}").statusCode(200);
		String copy = post(account, "/v2/orders/" + id + "/clone", "{\"idempotency_key\": \"c-" + id + "\", \"version\": 2}")
			.then()
			.statusCode(200)
			.body("order.id", not(equalTo(id)))
			.body("order.state", equalTo("DRAFT"))
			.body("order.version", equalTo(1))
			.body("order", not(hasKey("closed_at")))
			.body("order.reference_id", equalTo("orig"))
			.body("order.line_items.uid", contains("x"))
			.body("order.line_items[0].applied_taxes[0].tax_uid", equalTo("t"))
			.body("order.total_money.amount", equalTo(880))
			.extract().path("order.id");
		retrieve(account, copy).statusCode(200).body("order.state", equalTo("DRAFT"));
		update(account, copy, "{\"order\": {\"version\": 1, \"state\": \"OPEN\"}}").statusCode(200);
		retrieve(account, id).body("order.state", equalTo("COMPLETED"));
	}

	@Test
	void cloneChecksTheVersionAndTheId() {
		String id = createId(account, order(this.location, line("A", "1", 100)));
		post(account, "/v2/orders/" + id + "/clone", "{\"version\": 7}")
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"));
		post(account, "/v2/orders/" + id + "/clone", "{\"order_id\": \"other\"}")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("order_id"));
		post(account, "/v2/orders/nope/clone", "{}").then().statusCode(404);
		as(account).post("/v2/orders/" + id + "/clone").then().statusCode(200);
	}

	@Test
	void clonesAtSquaresPathToo() {
		String id = createId(account, order(this.location, line("A", "1", 100)));
		post(account, "/v2/orders/clone", "{\"order_id\": \"" + id + "\", \"version\": 1, \"idempotency_key\": \"k-" + id
				+ "\"}")
			.then()
			.statusCode(200)
			.body("order.state", equalTo("DRAFT"))
			.body("order.total_money.amount", equalTo(100));
		post(account, "/v2/orders/clone", "{}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order_id"));
	}

}
