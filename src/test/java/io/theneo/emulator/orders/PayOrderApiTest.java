package io.theneo.emulator.orders;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** PayOrder: the order's total charged to a card on file of its customer, the order completed; a decline changes nothing. */
class PayOrderApiTest extends OrdersTestSupport {

	private static final String CUSTOMER = "CHFGVKYY8RSV93M5KCYTG4PN0G";

	private static final String CARD = "ccof:qy5x8hHGYsgLrp4Q4GB";

	private TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private String order(String customerId) {
		String customer = customerId == null ? "" : "\"customer_id\": \"" + customerId + "\", ";
		return createId(this.account, "{\"order\": {" + customer + "\"location_id\": \"" + this.account.id(CREATE_LOCATION)
				+ "\", \"line_items\": [" + line("Steak", "2", 1250) + "]}}");
	}

	private ValidatableResponse pay(String orderId, String body) {
		return post(this.account, "/v2/orders/" + orderId + "/pay", body).then();
	}

	/** A card on file of {@code customerId} made from a test nonce. */
	private String card(String customerId, String nonce) {
		return post(this.account, "/v2/cards", "{\"idempotency_key\": \"" + java.util.UUID.randomUUID()
				+ "\", \"source_id\": \"" + nonce + "\", \"card\": {\"customer_id\": \"" + customerId + "\"}}")
			.then().statusCode(200).extract().path("card.id");
	}

	@Test
	void chargesTheTotalToTheCustomersCardAndCompletesTheOrder() {
		String orderId = order(this.account.id(CUSTOMER));
		String card = this.account.id(CARD);
		String body = "{\"idempotency_key\": \"pay-1\", \"order_version\": 1, \"card_id\": \"" + card + "\"}";
		String answer = pay(orderId, body)
			.statusCode(200)
			.body("order.state", equalTo("COMPLETED"))
			.body("order.closed_at", notNullValue())
			.body("order.version", equalTo(2))
			.body("order.tenders", hasSize(1))
			.body("order.tenders[0].type", equalTo("CARD"))
			.body("order.tenders[0].amount_money.amount", equalTo(2500))
			.body("order.tenders[0].amount_money.currency", equalTo("USD"))
			.body("order.tenders[0].card_details.card.id", equalTo(card))
			.body("order.tenders[0].card_details.status", equalTo("CAPTURED"))
			.body("order.tenders[0].customer_id", equalTo(this.account.id(CUSTOMER)))
			.body("order.tenders[0].transaction_id", equalTo(orderId))
			.extract().asString();
		String paymentId = JsonExamples.tree(answer).get("order").get("tenders").get(0).get("id").asString();
		assertThat(JsonExamples.tree(answer).get("order").get("tenders").get(0).get("payment_id").asString())
			.isEqualTo(paymentId);
		assertThat(pay(orderId, body).statusCode(200).extract().asString()).isEqualTo(answer);
		retrieve(this.account, orderId).body("order.tenders[0].id", equalTo(paymentId)).body("order.version", equalTo(2));
		pay(orderId, "{\"idempotency_key\": \"pay-2\", \"card_id\": \"" + card + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		update(this.account, orderId, "{\"order\": {\"version\": 2, \"reference_id\": \"x\"}}").statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
	}

	@Test
	void aDeclineIs402AndChangesNothing() {
		String customer = this.account.id(CUSTOMER);
		String orderId = order(customer);
		for (String[] decline : List.of(new String[] { "cnon:card-nonce-declined", "CARD_DECLINED" },
				new String[] { "cnon:card-nonce-insufficient-funds", "INSUFFICIENT_FUNDS" })) {
			pay(orderId, "{\"idempotency_key\": \"d-" + decline[1] + "\", \"card_id\": \"" + card(customer, decline[0])
					+ "\"}")
				.statusCode(402)
				.body("errors[0].code", equalTo(decline[1]))
				.body("errors[0].category", equalTo("PAYMENT_METHOD_ERROR"))
				.body("errors[0].type", equalTo("card_error"));
		}
		retrieve(this.account, orderId)
			.body("order.state", equalTo("OPEN"))
			.body("order.version", equalTo(1))
			.body("order", not(hasKey("tenders")))
			.body("order", not(hasKey("closed_at")));
		pay(orderId, "{\"idempotency_key\": \"ok\", \"card_id\": \"" + this.account.id(CARD) + "\"}")
			.statusCode(200)
			.body("order.state", equalTo("COMPLETED"));
	}

	@Test
	void theCardMustBeAKnownCardOfTheOrdersCustomer() {
		String other = post(this.account, "/v2/customers", "{\"given_name\": \"Other\"}").then().statusCode(200)
			.extract().path("customer.id");
		String orderId = order(other);
		pay(orderId, "{\"idempotency_key\": \"k1\", \"card_id\": \"" + this.account.id(CARD) + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("card_id"));
		pay(orderId, "{\"idempotency_key\": \"k2\", \"card_id\": \"ccof:nope\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("card_id"));
		retrieve(this.account, orderId).body("order.state", equalTo("OPEN"));
	}

	@Test
	void anOrderWithoutCustomerTakesAnyCardOfTheAccount() {
		pay(order(null), "{\"idempotency_key\": \"k\", \"card_id\": \"" + this.account.id(CARD) + "\"}")
			.statusCode(200)
			.body("order.state", equalTo("COMPLETED"))
			.body("order.tenders[0]", not(hasKey("customer_id")));
	}

	@Test
	void requestProblems() {
		String orderId = order(this.account.id(CUSTOMER));
		String card = this.account.id(CARD);
		pay(orderId, "{\"card_id\": \"" + card + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("idempotency_key"));
		pay(orderId, "{\"idempotency_key\": \"a\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("card_id"));
		pay(orderId, "{\"idempotency_key\": \"b\", \"payment_ids\": [\"nope\"]}")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("payment_ids[0]"));
		pay(orderId, "{\"idempotency_key\": \"c\", \"card_id\": \"" + card + "\", \"order_version\": 3}")
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("order_version"));
		pay(orderId, "{\"idempotency_key\": \"d\", \"card_id\": \"" + card + "\", \"order_id\": \"other\"}")
			.statusCode(400)
			.body("errors[0].field", equalTo("order_id"));
		pay("nope", "{\"idempotency_key\": \"e\", \"card_id\": \"" + card + "\"}").statusCode(404);
		String draft = createId(this.account, "{\"order\": {\"location_id\": \"" + this.account.id(CREATE_LOCATION)
				+ "\", \"state\": \"DRAFT\"}}");
		pay(draft, "{\"idempotency_key\": \"f\", \"card_id\": \"" + card + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		retrieve(this.account, orderId).body("order.version", equalTo(1)).body("order.state", equalTo("OPEN"));
	}

	@Test
	void needsOrdersWriteAndPaymentsWrite() {
		TestAccount narrow = this.accounts.fresh(List.of("ORDERS_READ", "ORDERS_WRITE"));
		String orderId = createId(narrow, "{\"order\": {\"location_id\": \"" + narrow.id(CREATE_LOCATION) + "\"}}");
		post(narrow, "/v2/orders/" + orderId + "/pay", "{\"idempotency_key\": \"k\", \"card_id\": \"" + narrow.id(CARD)
				+ "\"}")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("PAYMENTS_WRITE"));
	}

}
