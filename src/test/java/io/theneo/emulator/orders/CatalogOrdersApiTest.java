package io.theneo.emulator.orders;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Orders priced from the catalog: names, prices and rates at the current catalog version. */
class CatalogOrdersApiTest extends OrdersTestSupport {

	static final String LARGER = "BEMYCSMIJL46OCDV4KYIKXIB";

	static final String REGULAR = "DBMJZ1UVN6NHQG9F2KL6RKDG";

	static final String WELL = "CHQX7Y4KY6N5KINJKZCFURPZ";

	static final String MEMBERSHIP = "DB7L55ZH2BGWI4H23ULIWOQ7";

	static final String STATE_TAX = "BYJANP7OSRBN0C41YUPRG3IW";

	private TestAccount account;

	private String location;

	@BeforeEach
	void account() {
		this.account = freshAccount();
		this.location = this.account.id(CREATE_LOCATION);
	}

	private String id(String documented) {
		return this.account.id(documented);
	}

	@Test
	void resolvesLinesModifiersTaxesAndDiscountsWithTheirVersions() {
		create(this.account, """
				{"order": {"location_id": "%s",
				  "line_items": [{"catalog_object_id": "%s", "quantity": "1", "modifiers": [{"catalog_object_id": "%s"}]}],
				  "taxes": [{"catalog_object_id": "%s"}], "discounts": [{"catalog_object_id": "%s"}]}}"""
			.formatted(this.location, id(LARGER), id(WELL), id(STATE_TAX), id(MEMBERSHIP)))
			.statusCode(200)
			.body("order.line_items[0].name", equalTo("New York Steak"))
			.body("order.line_items[0].variation_name", equalTo("Larger"))
			.body("order.line_items[0].base_price_money.amount", equalTo(2200))
			.body("order.line_items[0].catalog_version", notNullValue())
			.body("order.line_items[0].modifiers[0].name", equalTo("Well"))
			.body("order.line_items[0].modifiers[0].catalog_version", notNullValue())
			.body("order.taxes[0].name", equalTo("State Sales Tax"))
			.body("order.taxes[0].type", equalTo("ADDITIVE"))
			.body("order.taxes[0].percentage", equalTo("9"))
			.body("order.taxes[0].scope", equalTo("ORDER"))
			.body("order.taxes[0].catalog_version", notNullValue())
			.body("order.discounts[0].name", equalTo("Membership Discount"))
			.body("order.discounts[0].type", equalTo("FIXED_PERCENTAGE"))
			.body("order.discounts[0].percentage", equalTo("0.5"))
			// 2250 less 0.5 % (11.25 -> 11) = 2239, plus 9 % (201.51 -> 202)
			.body("order.total_discount_money.amount", equalTo(11))
			.body("order.total_tax_money.amount", equalTo(202))
			.body("order.total_money.amount", equalTo(2441));
	}

	@Test
	void unknownAndForeignCatalogIdsAreNotFoundAllTogether() {
		create(this.account, """
				{"order": {"location_id": "%s",
				  "line_items": [{"catalog_object_id": "NOPE", "quantity": "1", "modifiers": [{"catalog_object_id": "%s"}]},
				                 {"catalog_object_id": "%s", "quantity": "x"}],
				  "taxes": [{"catalog_object_id": "%s"}], "discounts": [{"catalog_object_id": "%s"}]}}"""
			.formatted(this.location, WELL, id(MEMBERSHIP), id(LARGER), STATE_TAX))
			.statusCode(400)
			.body("errors.field", contains("order.line_items[0].catalog_object_id",
					"order.line_items[0].modifiers[0].catalog_object_id", "order.line_items[1].catalog_object_id",
					"order.taxes[0].catalog_object_id", "order.discounts[0].catalog_object_id",
					"order.line_items[1].quantity"))
			.body("errors.code", contains("NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND",
					"INVALID_VALUE"))
			.body("errors[0].detail", equalTo("Item variation with ID `NOPE` not found."));
	}

	@Test
	void onlyTheCurrentCatalogVersionCanBeAskedFor() {
		long version = create(this.account, """
				{"order": {"location_id": "%s", "line_items": [{"catalog_object_id": "%s", "quantity": "1"}]}}"""
			.formatted(this.location, id(LARGER))).statusCode(200).extract().jsonPath()
			.getLong("order.line_items[0].catalog_version");
		create(this.account, """
				{"order": {"location_id": "%s", "line_items": [{"catalog_object_id": "%s", "catalog_version": %d,
				  "quantity": "1"}]}}""".formatted(this.location, id(LARGER), version))
			.statusCode(200);
		create(this.account, """
				{"order": {"location_id": "%s", "line_items": [{"catalog_object_id": "%s", "catalog_version": %d,
				  "quantity": "1"}]}}""".formatted(this.location, id(LARGER), version + 1))
			.statusCode(400)
			.body("errors", hasSize(1))
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("order.line_items[0].catalog_version"));
	}

	@Test
	void whatTheRequestGivesOverridesTheCatalog() {
		create(this.account, """
				{"order": {"location_id": "%s", "line_items": [{"catalog_object_id": "%s", "quantity": "1",
				  "name": "Steak special", "base_price_money": {"amount": 1999, "currency": "USD"}}]}}"""
			.formatted(this.location, id(LARGER)))
			.statusCode(200)
			.body("order.line_items[0].name", equalTo("Steak special"))
			.body("order.line_items[0].variation_name", equalTo("Larger"))
			.body("order.line_items[0].total_money.amount", equalTo(1999));
	}

	@Test
	void anUpdateToAnotherVariationTakesItsNameAndPrice() {
		String orderId = createId(this.account, """
				{"order": {"location_id": "%s", "line_items": [{"uid": "steak", "catalog_object_id": "%s",
				  "quantity": "1"}]}}""".formatted(this.location, id(LARGER)));
		update(this.account, orderId, """
				{"order": {"version": 1, "line_items": [{"uid": "steak", "catalog_object_id": "%s"}]}}"""
			.formatted(id(REGULAR)))
			.statusCode(200)
			.body("order.line_items[0].catalog_object_id", equalTo(id(REGULAR)))
			.body("order.line_items[0].variation_name", equalTo("Regular"))
			.body("order.line_items[0].name", equalTo("New York Steak"))
			.body("order.line_items[0].base_price_money.amount", equalTo(1800));
		update(this.account, orderId, """
				{"order": {"version": 2, "line_items": [{"uid": "steak", "catalog_object_id": "NOPE"}]}}""")
			.statusCode(400)
			.body("errors.field", contains("order.line_items[0].catalog_object_id"));
	}

	@Test
	void aCloneIsPricedAtTheCatalogsCurrentValues() {
		String orderId = createId(this.account, """
				{"order": {"location_id": "%s", "line_items": [%s], "discounts": [{"uid": "m", "catalog_object_id": "%s"}]}}"""
			.formatted(this.location, line("Tea", "1", 10000), id(MEMBERSHIP)));
		long before = retrieve(this.account, orderId).extract().jsonPath().getLong("order.discounts[0].catalog_version");
		as(this.account).body("{\"object\": {\"type\": \"DISCOUNT\", \"id\": \"" + id(MEMBERSHIP)
				+ "\", \"discount_data\": {\"name\": \"Members\", \"discount_type\": \"FIXED_PERCENTAGE\", \"percentage\": \"10\"}}}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(200);
		long after = post(this.account, "/v2/orders/" + orderId + "/clone", "{}")
			.then()
			.statusCode(200)
			.body("order.discounts[0].name", equalTo("Members"))
			.body("order.discounts[0].percentage", equalTo("10"))
			.body("order.total_money.amount", equalTo(9000))
			.extract().jsonPath().getLong("order.discounts[0].catalog_version");
		org.assertj.core.api.Assertions.assertThat(after).isGreaterThan(before);
		retrieve(this.account, orderId)
			.body("order.discounts[0].percentage", equalTo("0.5"))
			.body("order.total_money.amount", equalTo(9950));
		as(this.account).delete("/v2/catalog/object/" + id(MEMBERSHIP)).then().statusCode(200);
		post(this.account, "/v2/orders/" + orderId + "/clone", "{}")
			.then()
			.statusCode(200)
			.body("order.discounts[0].name", equalTo("Membership Discount"))
			.body("order.total_money.amount", equalTo(9950));
	}

}
