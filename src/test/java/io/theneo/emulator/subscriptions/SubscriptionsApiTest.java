package io.theneo.emulator.subscriptions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static io.theneo.emulator.subscriptions.SubscriptionExamplesApiTest.CARD;
import static io.theneo.emulator.subscriptions.SubscriptionExamplesApiTest.CUSTOMER;
import static io.theneo.emulator.subscriptions.SubscriptionExamplesApiTest.LOCATION;
import static io.theneo.emulator.subscriptions.SubscriptionExamplesApiTest.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Every subscription endpoint and its errors, in fresh accounts on their real-time clocks. */
class SubscriptionsApiTest extends ApiTest {

	static String today() {
		return LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();
	}

	static String future(int days) {
		return LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(days).toString();
	}

	static Map<String, Object> body(TestAccount a) {
		Map<String, Object> body = new HashMap<>();
		body.put("location_id", a.id(LOCATION));
		body.put("plan_id", a.id(PLAN));
		body.put("customer_id", a.id(CUSTOMER));
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
		Map<String, Object> copy = new HashMap<>(body);
		for (int i = 0; i < pairs.length; i += 2) {
			copy.put((String) pairs[i], pairs[i + 1]);
		}
		return copy;
	}

	static String create(TestAccount a, Map<String, Object> body) {
		return as(a).body(body).post("/v2/subscriptions").then().statusCode(200).extract().path("subscription.id");
	}

	// --- create

	@Test
	void createWithoutStartDateStartsTodayAndInvoicesTheCustomer() {
		TestAccount a = freshAccount();
		as(a).body(body(a))
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.body("subscription.status", equalTo("ACTIVE"))
			.body("subscription.start_date", equalTo(today()))
			.body("subscription.timezone", equalTo("America/Los_Angeles"))
			.body("subscription.invoice_ids", hasSize(1))
			.body("subscription.charged_through_date", equalTo(LocalDate.parse(today()).plusMonths(1).toString()))
			.body("subscription.version", equalTo(1))
			.body("subscription", not(hasKey("card_id")))
			.body("subscription", not(hasKey("source")));
	}

	@Test
	void planVariationIdIsAcceptedForPlanId() {
		TestAccount a = freshAccount();
		Map<String, Object> body = body(a);
		body.remove("plan_id");
		body.put("plan_variation_id", a.id(PLAN));
		as(a).body(body).post("/v2/subscriptions").then().statusCode(200).body("subscription.plan_id",
				equalTo(a.id(PLAN)));
		as(a).body(with(body(a), "plan_variation_id", "SOMETHINGELSE"))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("plan_variation_id"));
	}

	@Test
	void missingRequiredFieldsAreReportedTogether() {
		TestAccount a = freshAccount();
		as(a).body(Map.of())
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors.code", contains("MISSING_REQUIRED_PARAMETER", "MISSING_REQUIRED_PARAMETER",
					"MISSING_REQUIRED_PARAMETER"))
			.body("errors.field", contains("location_id", "plan_id", "customer_id"));
	}

	@Test
	void unknownLocationAndCardAreNotFoundWithTheirField() {
		TestAccount a = freshAccount();
		TestAccount other = freshAccount();
		as(a).body(with(body(a), "location_id", other.id(LOCATION), "card_id", other.id(CARD)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors.code", contains("NOT_FOUND", "NOT_FOUND"))
			.body("errors.field", contains("location_id", "card_id"))
			.body("errors[0].detail", equalTo("Location with ID `" + other.id(LOCATION) + "` not found."));
	}

	@Test
	void unknownDeletedOrForeignPlansAreNotFound() {
		TestAccount a = freshAccount();
		TestAccount other = freshAccount();
		as(a).body(with(body(a), "plan_id", other.id(PLAN)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("plan_id"));
		Map<String, Object> byVariation = body(a);
		byVariation.remove("plan_id");
		byVariation.put("plan_variation_id", "NOSUCHPLAN");
		as(a).body(byVariation)
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("plan_variation_id"));
		as(a).body(with(body(a), "plan_id", a.id("BEMYCSMIJL46OCDV4KYIKXIB")))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("plan_id"));
		as(a).delete("/v2/catalog/object/" + a.id(PLAN)).then().statusCode(200);
		as(a).body(body(a))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("plan_id"));
		// a subscription keeps the phases it was made with
		as(a).get("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.INVOICED)).then().statusCode(200);
	}

	static String customer(TestAccount a, Map<String, Object> fields) {
		return as(a).body(fields).post("/v2/customers").then().statusCode(200).extract().path("customer.id");
	}

	@Test
	void unknownAndForeignCustomersAreNotFound() {
		TestAccount a = freshAccount();
		TestAccount other = freshAccount();
		for (String customer : List.of("NOSUCHCUSTOMER", other.id(CUSTOMER))) {
			as(a).body(with(body(a), "customer_id", customer))
				.post("/v2/subscriptions")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("NOT_FOUND"))
				.body("errors[0].field", equalTo("customer_id"))
				.body("errors[0].detail", equalTo("Customer with ID `" + customer + "` not found."));
		}
	}

	@Test
	void withoutCardTheCustomerNeedsAnEmailAddress() {
		TestAccount a = freshAccount();
		String noMail = customer(a, Map.of("given_name", "No", "family_name", "Mail"));
		as(a).body(with(body(a), "customer_id", noMail))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("CUSTOMER_MISSING_EMAIL"))
			.body("errors[0].field", equalTo("customer_id"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"));
		String card = as(a).body(Map.of("source_id", "cnon:card-nonce-ok", "card", Map.of("customer_id", noMail)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
		String id = create(a, with(body(a), "customer_id", noMail, "card_id", card));
		// the card cannot be taken away: there would be nowhere to send invoices
		as(a).body(Map.of("subscription", Map.of("card_id", "")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("CUSTOMER_MISSING_EMAIL"));
		// the demo customer's card is not this customer's
		as(a).body(Map.of("subscription", Map.of("card_id", a.id(CARD))))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("subscription.card_id"));
	}

	@Test
	void deletingTheCustomerDeactivatesItsSubscriptions() {
		TestAccount a = freshAccount();
		String leaving = customer(a, Map.of("given_name", "Leaving", "email_address", "leaving@example.com"));
		String active = create(a, with(body(a), "customer_id", leaving));
		String pending = create(a, with(body(a), "customer_id", leaving, "start_date", future(5)));
		as(a).delete("/v2/customers/" + leaving).then().statusCode(200);
		for (String id : List.of(active, pending)) {
			as(a).get("/v2/subscriptions/" + id).then().statusCode(200).body("subscription.status",
					equalTo("DEACTIVATED"));
			as(a).get("/v2/subscriptions/" + id + "/events")
				.then()
				.body("subscription_events[-1].subscription_event_type", equalTo("DEACTIVATE_SUBSCRIPTION"))
				.body("subscription_events[-1].info.code", equalTo("CUSTOMER_DELETED"));
		}
		as(a).get("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.INVOICED))
			.then()
			.body("subscription.status", equalTo("ACTIVE"));
	}

	@Test
	void aDisabledCardIsNotUsable() {
		TestAccount a = freshAccount();
		as(a).post("/v2/cards/" + a.id(CARD) + "/disable").then().statusCode(200);
		as(a).body(with(body(a), "card_id", a.id(CARD)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("card_id"));
	}

	@Test
	void badValuesAreInvalidAndReportedTogether() {
		TestAccount a = freshAccount();
		as(a).body(with(body(a), "start_date", "2021-02-30", "tax_percentage", "105", "timezone", "Mars/Olympus",
				"price_override_money", Map.of("amount", -1, "currency", "XYZ")))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors.field", containsInAnyOrder("start_date", "tax_percentage", "timezone",
					"price_override_money.amount", "price_override_money.currency"))
			.body("errors.code", containsInAnyOrder("INVALID_VALUE", "INVALID_VALUE", "INVALID_VALUE", "VALUE_TOO_LOW",
					"INVALID_VALUE"));
		for (String tax : List.of("abc", "7.12345", "-1", "1e2")) {
			as(a).body(with(body(a), "tax_percentage", tax))
				.post("/v2/subscriptions")
				.then()
				.statusCode(400)
				.body("errors[0].field", equalTo("tax_percentage"));
		}
		as(a).body(with(body(a), "price_override_money", Map.of("amount", 5)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("price_override_money.currency"));
	}

	@Test
	void unknownFieldsAndWrongTypesAreRejected() {
		TestAccount a = freshAccount();
		as(a).body(with(body(a), "colour", "red"))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("colour"));
		as(a).body(with(body(a), "source", Map.of("name", "x", "kind", "y")))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("source.kind"));
		as(a).body(with(body(a), "price_override_money", "100"))
			.post("/v2/subscriptions")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
	}

	@Test
	void theTimeZoneDefaultsToTheLocationsAndAFutureStartIsPending() {
		TestAccount a = freshAccount();
		as(a).body(with(body(a), "start_date", future(3), "source", Map.of("name", "Shop")))
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.body("subscription.status", equalTo("PENDING"))
			.body("subscription.timezone", equalTo("America/Los_Angeles"))
			.body("subscription.source.name", equalTo("Shop"))
			.body("subscription", not(hasKey("invoice_ids")));
	}

	@Test
	void scopes() {
		TestAccount reader = this.accounts.fresh(List.of("SUBSCRIPTIONS_READ"));
		as(reader).body(body(reader))
			.post("/v2/subscriptions")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("SUBSCRIPTIONS_WRITE"));
		as(reader).body(Map.of()).post("/v2/subscriptions/search").then().statusCode(200);
		as(reader).get("/v2/subscriptions/" + reader.id(SubscriptionExamplesApiTest.PENDING)).then().statusCode(200);
		as(reader).post("/v2/subscriptions/" + reader.id(SubscriptionExamplesApiTest.TO_CANCEL) + "/cancel")
			.then()
			.statusCode(403);
		TestAccount writer = this.accounts.fresh(List.of("SUBSCRIPTIONS_WRITE"));
		as(writer).body(Map.of()).post("/v2/subscriptions/search").then().statusCode(403);
		as(writer).get("/v2/subscriptions/" + writer.id(SubscriptionExamplesApiTest.PENDING) + "/events")
			.then()
			.statusCode(403);
	}

	// --- retrieve

	@Test
	void retrieveIncludesActionsOnRequestAndForeignIdsAreNotFound() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		as(a).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(200);
		as(a).get("/v2/subscriptions/" + id).then().statusCode(200).body("subscription", not(hasKey("actions")));
		as(a).get("/v2/subscriptions/" + id + "?include=actions")
			.then()
			.statusCode(200)
			.body("subscription.actions", hasSize(1))
			.body("subscription.actions[0].type", equalTo("CANCEL"))
			.body("subscription.actions[0].id", notNullValue());
		as(a).get("/v2/subscriptions/" + id + "?include=everything")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("include"));
		TestAccount other = freshAccount();
		as(other).get("/v2/subscriptions/" + id)
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Subscription with ID `" + id + "` not found."));
		as(other).body(Map.of("subscription", Map.of("tax_percentage", "1")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(404);
		as(other).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(404);
		as(other).post("/v2/subscriptions/" + id + "/pause").then().statusCode(404);
		as(other).post("/v2/subscriptions/" + id + "/resume").then().statusCode(404);
		as(other).get("/v2/subscriptions/" + id + "/events").then().statusCode(404);
	}

	// --- search

	@Test
	void searchOrdersByLocationThenDateWithSeveralLocations() {
		TestAccount a = freshAccount();
		String retrieve = a.id("D7AVYMEAPJ3A3");
		String create = a.id("057P5VYJ4A5X1");
		String first = create(a, with(body(a), "location_id", retrieve));
		String second = create(a, with(body(a), "location_id", create));
		String third = create(a, with(body(a), "location_id", retrieve));
		List<String> byLocation = (create.compareTo(retrieve) < 0) ? List.of(second, first, third)
				: List.of(first, third, second);
		as(a).body(Map.of("query", Map.of("filter", Map.of("location_ids", List.of(retrieve, create)))))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions.id", contains(byLocation.toArray()));
		as(a).body(Map.of("query", Map.of("filter", Map.of("location_ids", List.of(retrieve)))))
			.post("/v2/subscriptions/search")
			.then()
			.body("subscriptions.id", contains(first, third));
	}

	@Test
	void searchWithoutFilterListsEverySubscriptionByCreationDate() {
		TestAccount a = freshAccount();
		String mine = create(a, body(a));
		as(a).body(Map.of())
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions.id",
					contains(a.id(SubscriptionExamplesApiTest.CANCELED), a.id(SubscriptionExamplesApiTest.PENDING),
							a.id(SubscriptionExamplesApiTest.INVOICED), a.id(SubscriptionExamplesApiTest.TO_UPDATE),
							a.id(SubscriptionExamplesApiTest.TO_CANCEL), mine));
		as(a).contentType("application/json").post("/v2/subscriptions/search").then().statusCode(200).body(
				"subscriptions", hasSize(6));
	}

	@Test
	void searchBySourceNamesFindsWhatAnApplicationCreated() {
		TestAccount a = freshAccount();
		String shop = create(a, with(body(a), "source", Map.of("name", "Shop")));
		as(a).body(Map.of("query", Map.of("filter", Map.of("source_names", List.of("Shop")))))
			.post("/v2/subscriptions/search")
			.then()
			.body("subscriptions.id", contains(shop));
		as(a).body(Map.of("query", Map.of("filter", Map.of("source_names", List.of("Nobody")))))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("$", equalTo(Map.of()));
	}

	@Test
	void searchPagesWithCursorsBoundToTheQuery() {
		TestAccount a = freshAccount();
		Map<String, Object> query = Map.of("limit", 2, "query",
				Map.of("filter", Map.of("customer_ids", List.of(a.id(CUSTOMER)))));
		String cursor = as(a).body(query)
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions", hasSize(2))
			.body("cursor", notNullValue())
			.extract()
			.path("cursor");
		String next = as(a).body(with(query, "cursor", cursor))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions.id",
					contains(a.id(SubscriptionExamplesApiTest.INVOICED), a.id(SubscriptionExamplesApiTest.TO_UPDATE)))
			.extract()
			.path("cursor");
		as(a).body(with(query, "cursor", next))
			.post("/v2/subscriptions/search")
			.then()
			.body("subscriptions.id", contains(a.id(SubscriptionExamplesApiTest.TO_CANCEL)))
			.body("cursor", nullValue());
		as(a).body(Map.of("cursor", cursor, "limit", 2))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(freshAccount()).body(with(query, "cursor", cursor))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(a).body(Map.of("cursor", "garbage"))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void searchLimitsAndIncludeAreChecked() {
		TestAccount a = freshAccount();
		as(a).body(Map.of("limit", 0)).post("/v2/subscriptions/search").then().statusCode(400).body("errors[0].code",
				equalTo("VALUE_TOO_LOW"));
		as(a).body(Map.of("limit", 101)).post("/v2/subscriptions/search").then().statusCode(400).body(
				"errors[0].code", equalTo("VALUE_TOO_HIGH"));
		as(a).body(Map.of("include", List.of("actions", "invoices")))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("include[1]"));
		String id = create(a, body(a));
		as(a).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(200);
		as(a).body(Map.of("include", List.of("actions"), "query", Map.of("filter", Map.of("location_ids",
				List.of(a.id(LOCATION))))))
			.post("/v2/subscriptions/search")
			.then()
			.statusCode(200)
			.body("subscriptions.find { it.id == '" + id + "' }.actions[0].type", equalTo("CANCEL"));
	}

	// --- update

	@Test
	void updateSetsAndClearsEachWritableField() {
		TestAccount a = freshAccount();
		String id = create(a, with(body(a), "tax_percentage", "7.5", "source", Map.of("name", "Shop")));
		as(a).body(Map.of("subscription", Map.of("tax_percentage", "8", "card_id", a.id(CARD), "source",
				Map.of("name", "Renamed"), "price_override_money", Map.of("amount", 1500, "currency", "USD"))))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200)
			.body("subscription.tax_percentage", equalTo("8"))
			.body("subscription.card_id", equalTo(a.id(CARD)))
			.body("subscription.source.name", equalTo("Renamed"))
			.body("subscription.price_override_money.amount", equalTo(1500))
			.body("subscription.version", equalTo(2));
		Map<String, Object> clears = new HashMap<>();
		clears.put("tax_percentage", null);
		clears.put("card_id", "");
		clears.put("source", Map.of());
		clears.put("price_override_money", Map.of());
		as(a).body(Map.of("subscription", clears))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200)
			.body("subscription", not(hasKey("tax_percentage")))
			.body("subscription", not(hasKey("card_id")))
			.body("subscription", not(hasKey("source")))
			.body("subscription", not(hasKey("price_override_money")))
			.body("subscription.version", equalTo(3));
		// renaming the source does not change which application created it
		as(a).body(Map.of("query", Map.of("filter", Map.of("source_names", List.of("Shop")))))
			.post("/v2/subscriptions/search")
			.then()
			.body("subscriptions.id", contains(id));
		// an empty change changes nothing
		as(a).body(Map.of("subscription", Map.of("version", 3)))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200)
			.body("subscription.version", equalTo(3));
	}

	@Test
	void updateRejectsReadOnlyUnknownAndBadFields() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		as(a).body(Map.of("subscription", Map.of("status", "CANCELED", "start_date", "2020-01-01", "colour", "red")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors.code", containsInAnyOrder("INVALID_VALUE", "INVALID_VALUE", "UNKNOWN_BODY_PARAMETER"))
			.body("errors.field", containsInAnyOrder("subscription.status", "subscription.start_date",
					"subscription.colour"))
			.body("errors.detail", org.hamcrest.Matchers.hasItem(
					"Read-only field is calculated and cannot be set by a client."));
		as(a).body(Map.of("subscription", Map.of("tax_percentage", 5)))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("subscription.tax_percentage"));
		as(a).body(Map.of("subscription", Map.of("canceled_date", "2030-01-01")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("subscription.canceled_date"));
		as(a).body(Map.of("subscription", Map.of("card_id", "ccof:nosuchcard")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("subscription.card_id"));
		as(a).body(Map.of("subscription", Map.of("id", "another-id")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("subscription.id"));
		as(a).body(Map.of("subscription", Map.of("id", id, "version", 1)))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200);
		as(a).body(Map.of("subscription", Map.of("version", 7, "tax_percentage", "1")))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].detail", equalTo("Supplied version 7 does not match the current version 1 of subscription "
					+ id + "."));
		as(a).body(Map.of("tax_percentage", "1"))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors.code", contains("UNKNOWN_BODY_PARAMETER", "MISSING_REQUIRED_PARAMETER"));
		as(a).body(Map.of("subscription", Map.of("price_override_money", Map.of("amount", "x", "currency", "USD"))))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("subscription.price_override_money.amount"));
	}

	@Test
	void clearingTheCanceledDateTakesBackTheCancel() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		as(a).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(200);
		Map<String, Object> clear = new HashMap<>();
		clear.put("canceled_date", null);
		as(a).body(Map.of("subscription", clear))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200)
			.body("subscription", not(hasKey("canceled_date")));
		as(a).get("/v2/subscriptions/" + id + "?include=actions").then().body("subscription", not(hasKey("actions")));
		as(a).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(200);
	}

	@Test
	void aCanceledSubscriptionCannotChange() {
		TestAccount a = freshAccount();
		as(a).body(Map.of("subscription", Map.of("tax_percentage", "1")))
			.put("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.CANCELED))
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		as(a).post("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.CANCELED) + "/cancel")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
	}

	// --- cancel, pause, resume, actions

	@Test
	void aPendingSubscriptionIsCanceledAtOnce() {
		TestAccount a = freshAccount();
		String id = create(a, with(body(a), "start_date", future(10)));
		as(a).body(Map.of("subscription_id", id))
			.post("/v2/subscriptions/" + id + "/cancel")
			.then()
			.statusCode(200)
			.body("subscription.status", equalTo("CANCELED"))
			.body("subscription.canceled_date", equalTo(today()));
		as(a).get("/v2/subscriptions/" + id + "/events")
			.then()
			.body("subscription_events.subscription_event_type", contains("STOP_SUBSCRIPTION"));
	}

	@Test
	void aBodySubscriptionIdMustBeThePathsId() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		for (String action : List.of("cancel", "pause", "resume")) {
			as(a).body(Map.of("subscription_id", "other"))
				.post("/v2/subscriptions/" + id + "/" + action)
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo("subscription_id"));
		}
	}

	@Test
	void pauseRules() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		String pending = create(a, with(body(a), "start_date", future(5)));
		as(a).post("/v2/subscriptions/" + pending + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		as(a).body(Map.of("pause_cycle_duration", 1, "resume_effective_date", future(90)))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("pause_cycle_duration"));
		as(a).body(Map.of("pause_cycle_duration", 0))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"));
		as(a).body(Map.of("resume_effective_date", future(40), "resume_change_timing", "SOMETIME"))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("resume_change_timing"));
		as(a).body(Map.of("pause_effective_date", "tomorrow"))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("pause_effective_date"));
		String nextPeriod = LocalDate.parse(today()).plusMonths(1).toString();
		as(a).body(Map.of("resume_effective_date", LocalDate.parse(nextPeriod).plusDays(3).toString()))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("resume_effective_date"));
		String pauseId = as(a).body(Map.of("pause_effective_date", today()))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(200)
			.body("actions[0].effective_date", equalTo(nextPeriod))
			.extract()
			.path("actions[0].id");
		as(a).post("/v2/subscriptions/" + id + "/pause").then().statusCode(400).body("errors[0].code",
				equalTo("BAD_REQUEST"));
		as(a).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(200);
		as(a).delete("/v2/subscriptions/" + id + "/actions/" + pauseId)
			.then()
			.statusCode(200)
			.body("subscription.canceled_date", notNullValue());
		as(a).delete("/v2/subscriptions/" + id + "/actions/" + pauseId)
			.then()
			.statusCode(404)
			.body("errors[0].detail", equalTo("Subscription action with ID `" + pauseId + "` not found."));
	}

	@Test
	void resumeRules() {
		TestAccount a = freshAccount();
		String id = create(a, body(a));
		as(a).post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		String pauseOn = as(a).post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(200)
			.extract()
			.path("actions[0].effective_date");
		as(a).body(Map.of("resume_effective_date", pauseOn))
			.post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("resume_effective_date"));
		as(a).body(Map.of("resume_effective_date", "2020-01-01"))
			.post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		String later = LocalDate.parse(pauseOn).plusDays(10).toString();
		as(a).body(Map.of("resume_effective_date", later, "resume_change_timing", "END_OF_BILLING_CYCLE"))
			.post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(200)
			.body("actions[0].type", equalTo("RESUME"))
			.body("actions[0].effective_date", equalTo(LocalDate.parse(pauseOn).plusMonths(1).toString()));
		as(a).get("/v2/subscriptions/" + id + "?include=actions")
			.then()
			.body("subscription.actions.type", contains("PAUSE", "RESUME"));
		// a second resume replaces the first
		as(a).body(Map.of("resume_effective_date", later))
			.post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(200)
			.body("actions[0].effective_date", equalTo(later));
		as(a).get("/v2/subscriptions/" + id + "?include=actions")
			.then()
			.body("subscription.actions.effective_date", contains(pauseOn, later));
	}

	@Test
	void eventsPageOldestFirst() {
		TestAccount a = freshAccount();
		String canceled = a.id(SubscriptionExamplesApiTest.CANCELED);
		String cursor = as(a).get("/v2/subscriptions/" + canceled + "/events?limit=1")
			.then()
			.statusCode(200)
			.body("subscription_events", hasSize(1))
			.body("subscription_events[0].subscription_event_type", equalTo("START_SUBSCRIPTION"))
			.body("subscription_events[0].effective_date", equalTo("2021-10-20"))
			.body("subscription_events[0].plan_id", equalTo(a.id(SubscriptionExamplesApiTest.OTHER_PLAN)))
			.extract()
			.path("cursor");
		assertThat(cursor).isNotNull();
		as(a).get("/v2/subscriptions/" + canceled + "/events?limit=1&cursor=" + cursor)
			.then()
			.statusCode(200)
			.body("subscription_events[0].subscription_event_type", equalTo("STOP_SUBSCRIPTION"))
			.body("cursor", nullValue());
		as(a).get("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.PENDING) + "/events")
			.then()
			.statusCode(200)
			.body("$", equalTo(Map.of()));
		as(a).get("/v2/subscriptions/" + a.id(SubscriptionExamplesApiTest.PENDING) + "/events?cursor=" + cursor)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(a).get("/v2/subscriptions/" + canceled + "/events?limit=0")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"));
		as(a).get("/v2/subscriptions/nope/events").then().statusCode(404);
	}

	@Test
	void sameIdempotencyKeyCreatesOneSubscription() {
		TestAccount a = freshAccount();
		Map<String, Object> request = with(body(a), "idempotency_key", "create-once");
		String first = create(a, request);
		String again = create(a, request);
		assertThat(again).isEqualTo(first);
	}

}
