package io.theneo.emulator.cards;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

class CardsApiTest extends ApiTest {

	static final String DEMO_CUSTOMER = "CHFGVKYY8RSV93M5KCYTG4PN0G";

	@Autowired
	JdbcTemplate jdbc;

	static Map<String, Object> body(String sourceId, String customerId) {
		return Map.of("idempotency_key", java.util.UUID.randomUUID().toString(), "source_id", sourceId, "card",
				Map.of("customer_id", customerId, "cardholder_name", "Amelia Earhart", "reference_id", "user-id-1",
						"billing_address", Map.of("address_line_1", "500 Electric Ave", "locality", "New York",
								"administrative_district_level_1", "NY", "postal_code", "10003", "country", "US")));
	}

	static String create(TestAccount account, String sourceId) {
		return create(account, body(sourceId, account.id(DEMO_CUSTOMER)));
	}

	static String create(TestAccount account, Map<String, Object> body) {
		return as(account).body(body)
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
	}

	@Test
	void createsACardFromATestNumberKeepingOnlyBrandLastFourAndExpiry() {
		TestAccount account = freshAccount();
		as(account).body(body("4111 1111 1111 1111", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.body("card.id", matchesPattern("ccof:[A-Za-z0-9]{16,20}"))
			.body("card.card_brand", equalTo("VISA"))
			.body("card.last_4", equalTo("1111"))
			.body("card.exp_month", equalTo(12))
			.body("card.exp_year", notNullValue())
			.body("card.cardholder_name", equalTo("Amelia Earhart"))
			.body("card.billing_address.address_line_1", equalTo("500 Electric Ave"))
			.body("card.billing_address.postal_code", equalTo("10003"))
			.body("card.fingerprint", startsWith("sq-1-"))
			.body("card.customer_id", equalTo(account.id(DEMO_CUSTOMER)))
			.body("card.merchant_id", equalTo(account.merchantId()))
			.body("card.reference_id", equalTo("user-id-1"))
			.body("card.enabled", equalTo(true))
			.body("card.card_type", equalTo("CREDIT"))
			.body("card.prepaid_type", equalTo("NOT_PREPAID"))
			.body("card.version", equalTo(1))
			.body("card.created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
	}

	@Test
	void brandComesFromTheNumberPrefix() {
		TestAccount account = freshAccount();
		Map<String, String> brands = Map.of("5105105105105100", "MASTERCARD", "2223003122003222", "MASTERCARD",
				"378282246310005", "AMERICAN_EXPRESS", "6011000990139424", "DISCOVER", "3566002020360505", "JCB",
				"36227206271667", "DISCOVER_DINERS");
		brands.forEach((number, brand) -> as(account).body(body(number, account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.body("card.card_brand", equalTo(brand))
			.body("card.last_4", equalTo(number.substring(number.length() - 4))));
	}

	@Test
	void aNonceStandsForItsTestNumber() {
		TestAccount account = freshAccount();
		String byNonce = as(account).body(body("cnon:card-nonce-ok", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.body("card.card_brand", equalTo("VISA"))
			.body("card.last_4", equalTo("1111"))
			.extract()
			.path("card.fingerprint");
		String byNumber = as(account).body(body("4111111111111111", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.fingerprint");
		assertThat(byNonce).isEqualTo(byNumber);
		String other = as(account).body(body("5105105105105100", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.extract()
			.path("card.fingerprint");
		assertThat(other).isNotEqualTo(byNumber);
	}

	@Test
	void aDecliningNumberStillMakesACard() {
		TestAccount account = freshAccount();
		as(account).body(body("cnon:card-nonce-declined", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.body("card.enabled", equalTo(true))
			.body("card.last_4", equalTo("0002"));
	}

	@Test
	void theFullNumberIsNeverStored() {
		TestAccount account = freshAccount();
		String id = create(account, "4000 0000 0000 9995");
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from card where id = ?", id);
		assertThat(rows).hasSize(1);
		for (Object value : rows.get(0).values()) {
			assertThat(String.valueOf(value)).doesNotContain("4000000000009995").doesNotContain("000000000999");
		}
		assertThat(rows.get(0).get("last_4")).isEqualTo("9995");
		assertThat(rows.get(0).get("behavior")).isEqualTo("INSUFFICIENT_FUNDS");
	}

	@Test
	void aNumberFailingTheLuhnCheckIsInvalid() {
		TestAccount account = freshAccount();
		as(account).body(body("4111111111111112", account.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("source_id"))
			.body("errors[0].detail", not(org.hamcrest.Matchers.containsString("4111111111111112")));
	}

	@Test
	void somethingThatIsNeitherNonceNorNumberIsInvalid() {
		TestAccount account = freshAccount();
		for (String source : List.of("hello", "41111", "cnon:card-nonce-unknown")) {
			as(account).body(body(source, account.id(DEMO_CUSTOMER)))
				.post("/v2/cards")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo("source_id"));
		}
	}

	@Test
	void missingFieldsAreReportedTogether() {
		TestAccount account = freshAccount();
		as(account).body(Map.of("card", Map.of()))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors.code", everyItem(equalTo("MISSING_REQUIRED_PARAMETER")))
			.body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("source_id", "card.customer_id"));
		as(account).body(Map.of("source_id", "cnon:card-nonce-ok"))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("card"));
	}

	@Test
	void badExpiryAndCountryAreInvalid() {
		TestAccount account = freshAccount();
		as(account).body(Map.of("source_id", "cnon:card-nonce-ok", "card", Map.of("customer_id",
				account.id(DEMO_CUSTOMER), "exp_month", 13, "exp_year", 99, "billing_address",
				Map.of("country", "XX"))))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors.field", contains("card.exp_month", "card.exp_year", "card.billing_address.country"));
	}

	@Test
	void unknownFieldsOfTheCardAreRejected() {
		TestAccount account = freshAccount();
		as(account).body(Map.of("source_id", "cnon:card-nonce-ok", "card",
				Map.of("customer_id", account.id(DEMO_CUSTOMER), "last_4", "1234")))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("card.last_4"));
	}

	@Test
	void anUnknownOrForeignCustomerIsNotFound() {
		TestAccount account = freshAccount();
		TestAccount other = freshAccount();
		for (String customer : List.of("NOSUCHCUSTOMER", other.id(DEMO_CUSTOMER))) {
			as(account).body(body("cnon:card-nonce-ok", customer))
				.post("/v2/cards")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("NOT_FOUND"))
				.body("errors[0].field", equalTo("card.customer_id"))
				.body("errors[0].detail", equalTo("Customer with ID `" + customer + "` not found."));
		}
		// every problem of the request together
		as(account).body(body("4111111111111112", "NOSUCHCUSTOMER"))
			.post("/v2/cards")
			.then()
			.statusCode(400)
			.body("errors.field", contains("source_id", "card.customer_id"));
	}

	@Test
	void deletingACustomerDisablesItsCards() {
		TestAccount account = freshAccount();
		String customer = as(account).body(Map.of("given_name", "Leaving", "email_address", "leaving@example.com"))
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.extract()
			.path("customer.id");
		String first = create(account, body("cnon:card-nonce-ok", customer));
		String second = create(account, body("5105105105105100", customer));
		as(account).delete("/v2/customers/" + customer).then().statusCode(200);
		as(account).get("/v2/cards/" + first).then().statusCode(200).body("card.enabled", equalTo(false)).body(
				"card.version", equalTo(2));
		as(account).get("/v2/cards/" + second).then().body("card.enabled", equalTo(false));
		as(account).get("/v2/cards?customer_id=" + customer).then().statusCode(200).body("$", equalTo(Map.of()));
		// the demo customer's cards are untouched
		as(account).get("/v2/cards/" + account.id("ccof:qy5x8hHGYsgLrp4Q4GB")).then().body("card.enabled",
				equalTo(true));
	}

	@Test
	void retrievesACardAndAnotherAccountsCardIsNotFound() {
		TestAccount account = freshAccount();
		String id = create(account, "cnon:card-nonce-ok");
		as(account).get("/v2/cards/" + id).then().statusCode(200).body("card.id", equalTo(id));
		TestAccount other = freshAccount();
		as(other).get("/v2/cards/" + id)
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Card with ID `" + id + "` not found."));
		as(other).post("/v2/cards/" + id + "/disable").then().statusCode(404);
		as(account).get("/v2/cards/" + id).then().body("card.enabled", equalTo(true));
	}

	@Test
	void disablingIsIdempotent() {
		TestAccount account = freshAccount();
		String id = create(account, "cnon:card-nonce-ok");
		as(account).post("/v2/cards/" + id + "/disable")
			.then()
			.statusCode(200)
			.body("card.id", equalTo(id))
			.body("card.enabled", equalTo(false))
			.body("card.version", equalTo(2));
		as(account).post("/v2/cards/" + id + "/disable")
			.then()
			.statusCode(200)
			.body("card.enabled", equalTo(false))
			.body("card.version", equalTo(2));
		as(account).post("/v2/cards/ccof:doesnotexist00000/disable")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"));
	}

	@Test
	void theDemoCardsAreTheDemoCustomers() {
		TestAccount account = freshAccount();
		assertThat(account.fixtures().get("card_ids")).containsExactly(account.id("ccof:qy5x8hHGYsgLrp4Q4GB"),
				account.id("ccof:mueUsvgajChmjEbp4GB"));
		as(account).get("/v2/cards?customer_id=" + account.id(DEMO_CUSTOMER))
			.then()
			.statusCode(200)
			.body("cards.id", contains(account.id("ccof:qy5x8hHGYsgLrp4Q4GB"), account.id("ccof:mueUsvgajChmjEbp4GB")))
			.body("cards.card_brand", contains("VISA", "MASTERCARD"))
			.body("cursor", nullValue());
		as(admin()).get("/v2/cards/ccof:qy5x8hHGYsgLrp4Q4GB")
			.then()
			.statusCode(200)
			.body("card.customer_id", equalTo(DEMO_CUSTOMER))
			.body("card.last_4", equalTo("1111"));
	}

	@Test
	void listFiltersByCustomerReferenceAndEnabled() {
		TestAccount account = freshAccount();
		String customer = account.id(DEMO_CUSTOMER);
		String a = create(account, "cnon:card-nonce-ok");
		as(account).post("/v2/cards/" + a + "/disable").then().statusCode(200);
		String b = as(account)
			.body(Map.of("source_id", "5105105105105100", "card",
					Map.of("customer_id", customer, "reference_id", "r-2")))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
		String fixtureVisa = account.id("ccof:qy5x8hHGYsgLrp4Q4GB");
		String fixtureMc = account.id("ccof:mueUsvgajChmjEbp4GB");
		as(account).get("/v2/cards").then().statusCode(200).body("cards.id", contains(fixtureVisa, fixtureMc, b));
		as(account).get("/v2/cards?include_disabled=true")
			.then()
			.body("cards.id", contains(fixtureVisa, fixtureMc, a, b));
		as(account).get("/v2/cards?include_disabled=true&sort_order=DESC")
			.then()
			.body("cards.id", contains(b, a, fixtureMc, fixtureVisa));
		as(account).get("/v2/cards?reference_id=r-2").then().body("cards.id", contains(b));
		as(account).get("/v2/cards?customer_id=NOSUCHCUSTOMER").then().statusCode(200).body("$", equalTo(Map.of()));
		as(account).get("/v2/cards?sort_order=SIDEWAYS")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("sort_order"));
		as(account).get("/v2/cards?include_disabled=maybe")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		as(account).get("/v2/cards?colour=red")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"));
	}

	@Test
	void listPagesWithCursorsOf25() {
		TestAccount account = freshAccount();
		for (int i = 0; i < 26; i++) {
			create(account, "cnon:card-nonce-ok");
		}
		String cursor = as(account).get("/v2/cards")
			.then()
			.statusCode(200)
			.body("cards", hasSize(25))
			.body("cursor", notNullValue())
			.extract()
			.path("cursor");
		as(account).get("/v2/cards?cursor=" + cursor).then().statusCode(200).body("cards", hasSize(3)).body("cursor",
				nullValue());
		as(account).get("/v2/cards?sort_order=DESC&cursor=" + cursor)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(freshAccount()).get("/v2/cards?cursor=" + cursor)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void scopes() {
		TestAccount readOnly = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		as(readOnly).body(body("cnon:card-nonce-ok", readOnly.id(DEMO_CUSTOMER)))
			.post("/v2/cards")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("PAYMENTS_WRITE"));
		as(readOnly).get("/v2/cards").then().statusCode(200);
		TestAccount writeOnly = this.accounts.fresh(List.of("PAYMENTS_WRITE"));
		as(writeOnly).get("/v2/cards")
			.then()
			.statusCode(403)
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("CUSTOMERS_READ"));
		as(writeOnly).post("/v2/cards/" + writeOnly.id("ccof:qy5x8hHGYsgLrp4Q4GB") + "/disable").then().statusCode(200);
	}

	@Test
	void sameIdempotencyKeyReplaysTheCard() {
		TestAccount account = freshAccount();
		Map<String, Object> request = body("cnon:card-nonce-ok", account.id(DEMO_CUSTOMER));
		String first = as(account).body(request).post("/v2/cards").then().statusCode(200).extract().path("card.id");
		String again = as(account).body(request).post("/v2/cards").then().statusCode(200).extract().path("card.id");
		assertThat(again).isEqualTo(first);
	}

}
