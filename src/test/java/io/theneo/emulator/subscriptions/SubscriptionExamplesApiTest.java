package io.theneo.emulator.subscriptions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The subscription examples of the 001 demo page through HTTP, in fresh accounts (read-only in the default one). */
class SubscriptionExamplesApiTest extends ApiTest {

	static final String LOCATION = "S8GWD5R9QB376";

	static final String CUSTOMER = "CHFGVKYY8RSV93M5KCYTG4PN0G";

	static final String PLAN = "6JHXF3B2CW3YKHDV4XEM674H";

	static final String OTHER_PLAN = "L3TJVDHVBEQEGQDEZL2JJM7R";

	static final String CARD = "ccof:qy5x8hHGYsgLrp4Q4GB";

	static final String CANCELED = "de86fc96-8664-474b-af1a-abbe59cacf0e";

	static final String PENDING = "56214fb2-cc85-47a1-93bc-44f3766bb56f";

	static final String INVOICED = "8151fc89-da15-4eb9-a685-1a70883cebfc";

	static final String TO_UPDATE = "9ba40961-995a-4a3d-8c53-048c40cafc13";

	static final String TO_CANCEL = "910afd30-464a-4e00-a8d8-2296eEXAMPLE";

	static Map<String, Object> searchExample(TestAccount a) {
		return Map.of("query", Map.of("filter", Map.of("location_ids", List.of(a.id(LOCATION)), "customer_ids",
				List.of(a.id(CUSTOMER)), "source_names", List.of("My App"))));
	}

	@Test
	void createAnswersPendingWithTheRequestedFields() {
		TestAccount a = freshAccount();
		// the printed request starts on 2021-10-20, which was in the future when it was made; a fresh account's clock
		// is today, so the same request with a start date in the future is the one that answers PENDING
		String start = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusYears(1).withDayOfMonth(20).toString();
		as(a).body(Map.of("idempotency_key", "8193148c-9586-11e6-99f9-28cfe92138cf", "location_id", a.id(LOCATION),
				"plan_id", a.id(PLAN), "customer_id", a.id(CUSTOMER), "card_id", a.id(CARD), "start_date", start,
				"tax_percentage", "5", "price_override_money", Map.of("amount", 100, "currency", "USD"), "timezone",
				"America/Los_Angeles", "source", Map.of("name", "My App")))
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.body("subscription.id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
			.body("subscription.location_id", equalTo(a.id(LOCATION)))
			.body("subscription.plan_id", equalTo(a.id(PLAN)))
			.body("subscription.customer_id", equalTo(a.id(CUSTOMER)))
			.body("subscription.start_date", equalTo(start))
			.body("subscription.status", equalTo("PENDING"))
			.body("subscription.tax_percentage", equalTo("5"))
			.body("subscription.price_override_money.amount", equalTo(100))
			.body("subscription.price_override_money.currency", equalTo("USD"))
			.body("subscription.version", equalTo(1))
			.body("subscription.created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
			.body("subscription.card_id", equalTo(a.id(CARD)))
			.body("subscription.timezone", equalTo("America/Los_Angeles"))
			.body("subscription.source.name", equalTo("My App"))
			.body("subscription", not(hasKey("charged_through_date")))
			.body("subscription", not(hasKey("invoice_ids")))
			.body("subscription", not(hasKey("canceled_date")))
			.body("subscription", not(hasKey("paid_until_date")));
	}

	@Test
	void searchWithThePrintedFilterAnswersThePrintedSubscriptionsInOrder() {
		TestAccount a = freshAccount();
		as(a).body(searchExample(a))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions", hasSize(3))
			.body("subscriptions.id", contains(a.id(CANCELED), a.id(PENDING), a.id(INVOICED)))
			.body("cursor", nullValue())
			// de86fc96: CANCELED
			.body("subscriptions[0].location_id", equalTo(a.id(LOCATION)))
			.body("subscriptions[0].plan_id", equalTo(a.id(OTHER_PLAN)))
			.body("subscriptions[0].customer_id", equalTo(a.id(CUSTOMER)))
			.body("subscriptions[0].start_date", equalTo("2021-10-20"))
			.body("subscriptions[0].canceled_date", equalTo("2021-10-20"))
			.body("subscriptions[0].charged_through_date", equalTo("2021-11-20"))
			.body("subscriptions[0].status", equalTo("CANCELED"))
			.body("subscriptions[0].created_at", equalTo("2021-10-20T21:53:10.000Z"))
			.body("subscriptions[0].card_id", equalTo(a.id("ccof:mueUsvgajChmjEbp4GB")))
			.body("subscriptions[0].paid_until_date", equalTo("2021-11-20"))
			.body("subscriptions[0].timezone", equalTo("UTC"))
			.body("subscriptions[0].source.name", equalTo("My Application"))
			// 56214fb2: PENDING
			.body("subscriptions[1].plan_id", equalTo(a.id(PLAN)))
			.body("subscriptions[1].start_date", equalTo("2021-10-20"))
			.body("subscriptions[1].status", equalTo("PENDING"))
			.body("subscriptions[1].tax_percentage", equalTo("5"))
			.body("subscriptions[1].price_override_money.amount", equalTo(1000))
			.body("subscriptions[1].price_override_money.currency", equalTo("USD"))
			.body("subscriptions[1].version", equalTo(1594155459464L))
			.body("subscriptions[1].timezone", equalTo("America/Los_Angeles"))
			.body("subscriptions[1].source.name", equalTo("My Application"))
			.body("subscriptions[1]", not(hasKey("charged_through_date")))
			// 8151fc89: ACTIVE with two invoices, newest first
			.body("subscriptions[2].plan_id", equalTo(a.id(PLAN)))
			.body("subscriptions[2].start_date", equalTo("2021-10-20"))
			.body("subscriptions[2].charged_through_date", equalTo("2021-11-20"))
			.body("subscriptions[2].status", equalTo("ACTIVE"))
			.body("subscriptions[2].invoice_ids",
					contains(a.id("grebK0Q_l8H4fqoMMVvt-Q"), a.id("rcX_i3sNmHTGKhI4W2mceA")))
			.body("subscriptions[2].price_override_money.amount", equalTo(1000))
			.body("subscriptions[2].paid_until_date", equalTo("2021-11-20"))
			.body("subscriptions[2].timezone", equalTo("America/Los_Angeles"))
			.body("subscriptions[2].source.name", equalTo("My Application"))
			.body("subscriptions[2]", not(hasKey("card_id")));
	}

	@Test
	void theDefaultAccountAnswersTheSearchExampleWithThePrintedIds() {
		as(admin()).body(searchExample(admin()))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions.id", contains(CANCELED, PENDING, INVOICED))
			.body("subscriptions[2].invoice_ids", contains("grebK0Q_l8H4fqoMMVvt-Q", "rcX_i3sNmHTGKhI4W2mceA"));
	}

	@Test
	void updateWithThePrintedVersionClearsTheTaxAndSetsThePrice() {
		TestAccount a = freshAccount();
		as(a).body(Map.of("subscription", Map.of("version", 1594155459464L, "tax_percentage", Map.of(),
				"price_override_money", Map.of("amount", 2000, "currency", "USD"))))
			.put("/v2/subscriptions/" + a.id(TO_UPDATE))
			.then()
			.statusCode(200)
			.body("subscription.id", equalTo(a.id(TO_UPDATE)))
			.body("subscription.location_id", equalTo(a.id(LOCATION)))
			.body("subscription.plan_id", equalTo(a.id(PLAN)))
			.body("subscription.customer_id", equalTo(a.id(CUSTOMER)))
			.body("subscription.status", equalTo("ACTIVE"))
			.body("subscription", not(hasKey("tax_percentage")))
			.body("subscription", not(hasKey("start_date")))
			.body("subscription.price_override_money.amount", equalTo(2000))
			.body("subscription.price_override_money.currency", equalTo("USD"))
			.body("subscription.version", equalTo(1594155459465L))
			.body("subscription.created_at", equalTo("2021-10-20T21:53:10.003Z"))
			.body("subscription.timezone", equalTo("America/Los_Angeles"))
			.body("subscription.source.name", equalTo("My App"));
		// the same version again is stale now
		as(a).body(Map.of("subscription", Map.of("version", 1594155459464L, "tax_percentage", "1")))
			.put("/v2/subscriptions/" + a.id(TO_UPDATE))
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("subscription.version"));
	}

	@Test
	void cancelSetsTheCanceledDateAndStaysActive() {
		TestAccount a = freshAccount();
		as(a).post("/v2/subscriptions/" + a.id(TO_CANCEL) + "/cancel")
			.then()
			.statusCode(200)
			.body("subscription.id", equalTo(a.id(TO_CANCEL)))
			.body("subscription.location_id", equalTo(a.id(LOCATION)))
			.body("subscription.plan_id", equalTo(a.id(PLAN)))
			.body("subscription.customer_id", equalTo(a.id(CUSTOMER)))
			.body("subscription.card_id", equalTo(a.id(CARD)))
			.body("subscription.start_date", equalTo("2021-10-20"))
			.body("subscription.canceled_date", equalTo("2021-10-20"))
			.body("subscription.paid_until_date", equalTo("2021-11-20"))
			.body("subscription.status", equalTo("ACTIVE"))
			.body("subscription.version", equalTo(2))
			.body("subscription.timezone", equalTo("America/Los_Angeles"))
			.body("subscription.source.name", equalTo("My App"))
			.body("actions[0].type", equalTo("CANCEL"))
			.body("actions[0].effective_date", equalTo("2021-10-20"));
		as(a).post("/v2/subscriptions/" + a.id(TO_CANCEL) + "/cancel")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
	}

}
