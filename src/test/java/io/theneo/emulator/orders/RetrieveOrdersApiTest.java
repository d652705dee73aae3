package io.theneo.emulator.orders;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

class RetrieveOrdersApiTest extends OrdersTestSupport {

	private static TestAccount account;

	@BeforeEach
	void account() {
		if (account == null) {
			account = freshAccount();
		}
	}

	@Test
	void aFreshAccountHasTheFixtureOrdersUnderItsOwnIds() {
		retrieve(account, account.id(RETRIEVE_ORDER))
			.statusCode(200)
			.body("order.location_id", equalTo(account.id("D7AVYMEAPJ3A3")))
			.body("order.line_items.uid", contains("ULkg0tQTRK2bkU9fNv3IJD", "mumY8Nun4BC5aKe2yyx5a"))
			.body("order.total_money.amount", equalTo(550));
		retrieve(account, account.id(UPDATE_ORDER))
			.statusCode(200)
			.body("order.source.name", equalTo("Cookies"))
			.body("order.created_at", equalTo("2019-08-23T18:26:18.243Z"))
			.body("order.discounts[0].percentage", equalTo("10"))
			.body("order.total_money.amount", equalTo(450));
	}

	@Test
	void unknownAndForeignOrdersAreNotFound() {
		retrieve(account, "nope")
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Order with ID `nope` not found."));
		retrieve(account, RETRIEVE_ORDER).statusCode(404);
	}

	@Test
	void needsOrdersRead() {
		TestAccount narrow = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		retrieve(narrow, narrow.id(RETRIEVE_ORDER)).statusCode(403).body("errors[0].code",
				equalTo("INSUFFICIENT_SCOPES"));
	}

	@Test
	void batchRetrieveSkipsUnknownAndForeignIdsAndKeepsTheOrderAsked() {
		String mine = account.id(UPDATE_ORDER);
		String other = account.id(RETRIEVE_ORDER);
		post(account, "/v2/orders/batch-retrieve", """
				{"order_ids": ["%s", "nope", "%s", "%s"]}""".formatted(mine, RETRIEVE_ORDER, other))
			.then()
			.statusCode(200)
			.body("orders.id", contains(mine, other));
		post(account, "/v2/orders/batch-retrieve", """
				{"order_ids": ["%s", "%s"], "location_id": "%s"}""".formatted(mine, other, account.id("D7AVYMEAPJ3A3")))
			.then()
			.statusCode(200)
			.body("orders.id", contains(other));
		post(account, "/v2/orders/batch-retrieve", "{\"order_ids\": [\"nope\"]}")
			.then()
			.statusCode(200)
			.body("$", anEmptyMap());
	}

	@Test
	void batchRetrieveTakesAtMost100Ids() {
		String ids = IntStream.range(0, 101).mapToObj((i) -> "\"id" + i + "\"").collect(Collectors.joining(","));
		post(account, "/v2/orders/batch-retrieve", "{\"order_ids\": [" + ids + "]}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("order_ids"));
		post(account, "/v2/orders/batch-retrieve", "{}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order_ids"));
	}

}
