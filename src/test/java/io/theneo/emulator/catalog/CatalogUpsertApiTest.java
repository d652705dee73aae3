package io.theneo.emulator.catalog;

import java.time.Instant;
import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** POST /v2/catalog/object: every type, temporary ids, versions and every validation rule with its path. */
class CatalogUpsertApiTest extends ApiTest {

	private static final String ID = "[A-Z0-9]{24}";

	private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

	private TestAccounts.TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private ValidatableResponse upsert(String object) {
		return as(this.account).body("{\"object\": " + object + "}").post("/v2/catalog/object").then();
	}

	private static final String STEAK_ITEM = """
			{"type": "ITEM", "id": "#cocoa", "item_data": {"name": "Cocoa", "description": "Hot chocolate",
			  "variations": [
			    {"type": "ITEM_VARIATION", "id": "#small", "item_variation_data": {"item_id": "#cocoa", "name": "Small",
			      "pricing_type": "FIXED_PRICING", "price_money": {"amount": 350, "currency": "USD"}}},
			    {"type": "ITEM_VARIATION", "id": "#large", "item_variation_data": {"name": "Large",
			      "price_money": {"amount": 450, "currency": "USD"}}}]}}""";

	@Test
	void createsAnItemWithItsVariationsAndMapsTheTemporaryIds() {
		JsonPath body = upsert(STEAK_ITEM).statusCode(200)
			.body("catalog_object.type", equalTo("ITEM"))
			.body("catalog_object.id", matchesPattern(ID))
			.body("catalog_object.updated_at", matchesPattern(TIMESTAMP))
			.body("catalog_object.is_deleted", equalTo(false))
			.body("catalog_object.present_at_all_locations", equalTo(true))
			.body("catalog_object.item_data.name", equalTo("Cocoa"))
			.body("catalog_object.item_data.description", equalTo("Hot chocolate"))
			.body("catalog_object.item_data.variations", hasSize(2))
			.body("catalog_object.item_data.variations.item_variation_data.name", contains("Small", "Large"))
			.body("catalog_object.item_data.variations.item_variation_data.ordinal", contains(0, 1))
			.body("catalog_object.item_data.variations[1].item_variation_data.pricing_type", equalTo("FIXED_PRICING"))
			.body("catalog_object.item_data.variations[1].item_variation_data.price_money.amount", equalTo(450))
			.body("id_mappings.client_object_id", contains("#cocoa", "#small", "#large"))
			.extract()
			.jsonPath();
		String item = body.getString("catalog_object.id");
		String small = body.getString("catalog_object.item_data.variations[0].id");
		assertThat(body.getList("id_mappings.object_id")).containsExactly(item, small,
				body.getString("catalog_object.item_data.variations[1].id"));
		assertThat(body.getList("catalog_object.item_data.variations.item_variation_data.item_id")).containsOnly(item);
		// Square's versions are epoch-millis-like: this one is the account clock's millis of the change
		long version = body.getLong("catalog_object.version");
		assertThat(version).isEqualTo(Instant.parse(body.getString("catalog_object.updated_at")).toEpochMilli());

		as(this.account).get("/v2/catalog/object/" + small)
			.then()
			.statusCode(200)
			.body("object.item_variation_data.item_id", equalTo(item))
			.body("object.item_variation_data.price_money.amount", equalTo(350))
			.body("object.version", equalTo(version));
	}

	@Test
	void createsADiscountATaxAModifierListAndAPlan() {
		upsert("""
				{"type": "DISCOUNT", "id": "#five", "discount_data": {"name": "Five off",
				  "amount_money": {"amount": 500, "currency": "USD"}}}""").statusCode(200)
			.body("catalog_object.discount_data.discount_type", equalTo("FIXED_AMOUNT"))
			.body("catalog_object.discount_data.amount_money.amount", equalTo(500));
		upsert("""
				{"type": "TAX", "id": "#vat", "tax_data": {"name": "VAT", "percentage": "7.25",
				  "inclusion_type": "INCLUSIVE", "applies_to_custom_amounts": false}}""").statusCode(200)
			.body("catalog_object.tax_data.percentage", equalTo("7.25"))
			.body("catalog_object.tax_data.inclusion_type", equalTo("INCLUSIVE"))
			.body("catalog_object.tax_data.calculation_phase", equalTo("TAX_SUBTOTAL_PHASE"))
			.body("catalog_object.tax_data.applies_to_custom_amounts", equalTo(false))
			.body("catalog_object.tax_data.enabled", equalTo(true));
		upsert("""
				{"type": "MODIFIER_LIST", "id": "#milk", "modifier_list_data": {"name": "Milk", "selection_type": "SINGLE",
				  "modifiers": [
				    {"type": "MODIFIER", "id": "#oat", "modifier_data": {"name": "Oat", "price_money": {"amount": 60, "currency": "USD"}}},
				    {"type": "MODIFIER", "id": "#cow", "modifier_data": {"name": "Whole", "modifier_list_id": "#milk"}}]}}""")
			.statusCode(200)
			.body("catalog_object.modifier_list_data.modifiers.modifier_data.name", contains("Oat", "Whole"))
			.body("catalog_object.modifier_list_data.modifiers[0].modifier_data.price_money.amount", equalTo(60))
			.body("catalog_object.modifier_list_data.modifiers[1].modifier_data.price_money", nullValue())
			.body("id_mappings", hasSize(3));
		upsert("""
				{"type": "SUBSCRIPTION_PLAN", "id": "#gym", "subscription_plan_data": {"name": "Gym", "phases": [
				  {"cadence": "WEEKLY", "periods": 2, "recurring_price_money": {"amount": 0, "currency": "USD"}},
				  {"uid": "main-phase", "cadence": "EVERY_TWO_WEEKS", "recurring_price_money": {"amount": 1900, "currency": "USD"}}]}}""")
			.statusCode(200)
			.body("catalog_object.subscription_plan_data.phases.cadence", contains("WEEKLY", "EVERY_TWO_WEEKS"))
			.body("catalog_object.subscription_plan_data.phases.ordinal", contains(0, 1))
			.body("catalog_object.subscription_plan_data.phases[0].uid", matchesPattern(ID))
			.body("catalog_object.subscription_plan_data.phases[1].uid", equalTo("main-phase"))
			.body("catalog_object.subscription_plan_data.phases[1].periods", nullValue());
	}

	@Test
	void updateWithTheCurrentVersionReplacesTheObjectAndRaisesItsVersion() {
		JsonPath created = upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "Staff", "percentage": "10", "pin_required": true}}""")
			.statusCode(200)
			.extract()
			.jsonPath();
		String id = created.getString("catalog_object.id");
		long version = created.getLong("catalog_object.version");
		long updated = upsert("{\"type\": \"DISCOUNT\", \"id\": \"" + id + "\", \"version\": " + version
				+ ", \"discount_data\": {\"name\": \"Staff\", \"discount_type\": \"FIXED_PERCENTAGE\", \"percentage\": \"12.5\"}}")
			.statusCode(200)
			.body("catalog_object.id", equalTo(id))
			.body("catalog_object.discount_data.percentage", equalTo("12.5"))
			// an upsert replaces: what the update leaves out is gone
			.body("catalog_object.discount_data.pin_required", nullValue())
			.body("id_mappings", nullValue())
			.extract()
			.jsonPath()
			.getLong("catalog_object.version");
		assertThat(updated).isGreaterThan(version);
		// without a version the update applies to the latest
		long latest = upsert("{\"type\": \"DISCOUNT\", \"id\": \"" + id
				+ "\", \"discount_data\": {\"name\": \"Staff\", \"percentage\": \"15\"}}")
			.statusCode(200)
			.extract()
			.jsonPath()
			.getLong("catalog_object.version");
		assertThat(latest).isGreaterThan(updated);
		as(this.account).get("/v2/catalog/object/" + id)
			.then()
			.body("object.discount_data.percentage", equalTo("15"))
			.body("object.version", equalTo(latest));
	}

	@Test
	void staleVersionIs409AndChangesNothing() {
		String id = this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT);
		upsert("{\"type\": \"DISCOUNT\", \"id\": \"" + id
				+ "\", \"version\": 1, \"discount_data\": {\"name\": \"Changed\", \"percentage\": \"1\"}}")
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].field", equalTo("object.version"))
			.body("errors[0].detail", containsString("Supplied version 1 does not match the current version"));
		as(this.account).get("/v2/catalog/object/" + id)
			.then()
			.body("object.discount_data.name", equalTo("Membership Discount"));
	}

	@Test
	void racingUpdatesOfOneObjectEitherApplyOrAre409() throws Exception {
		String id = this.account.id(CatalogFixtures.STATE_SALES_TAX);
		long before = as(this.account).get("/v2/catalog/object/" + id).then().extract().jsonPath().getLong("object.version");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String percentage = String.valueOf(i + 1);
				calls.add(pool.submit(() -> as(this.account)
					.body("{\"object\": {\"type\": \"TAX\", \"id\": \"" + id + "\", \"tax_data\": {\"name\": \"Race\","
							+ " \"percentage\": \"" + percentage + "\"}}}")
					.post("/v2/catalog/object")
					.statusCode()));
			}
			for (java.util.concurrent.Future<Integer> call : calls) {
				assertThat(call.get()).isIn(200, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		long after = as(this.account).get("/v2/catalog/object/" + id)
			.then()
			.body("object.tax_data.name", equalTo("Race"))
			.extract()
			.jsonPath()
			.getLong("object.version");
		assertThat(after).isGreaterThan(before);
	}

	@Test
	void staleVersionOfANestedVariationIs409WithItsPath() {
		String item = this.account.id(CatalogFixtures.STEAK);
		String larger = this.account.id(CatalogFixtures.STEAK_LARGER);
		upsert("{\"type\": \"ITEM\", \"id\": \"" + item + "\", \"item_data\": {\"name\": \"New York Steak\","
				+ " \"variations\": [{\"type\": \"ITEM_VARIATION\", \"id\": \"" + larger + "\", \"version\": 3,"
				+ " \"item_variation_data\": {\"name\": \"Larger\", \"price_money\": {\"amount\": 2400, \"currency\": \"USD\"}}}]}}")
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("object.item_data.variations[0].version"));
	}

	@Test
	void anUnknownIdIsNotFoundWithItsPath() {
		upsert("""
				{"type": "TAX", "id": "NOSUCHOBJECT", "tax_data": {"name": "T", "percentage": "1"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("object.id"))
			.body("errors[0].detail", equalTo("Catalog object with ID `NOSUCHOBJECT` not found."));
	}

	@Test
	void anotherAccountsIdIsNotFound() {
		// the default account's discount, under its documented id, is not this account's
		upsert("""
				{"type": "DISCOUNT", "id": "DB7L55ZH2BGWI4H23ULIWOQ7", "discount_data": {"name": "Mine", "percentage": "1"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("object.id"));
		as(admin()).get("/v2/catalog/object/DB7L55ZH2BGWI4H23ULIWOQ7")
			.then()
			.body("object.discount_data.name", equalTo("Membership Discount"));
	}

	@Test
	void unknownTypeIsInvalidEnumValue() {
		upsert("""
				{"type": "CATEGORY", "id": "#c", "category_data": {"name": "Food"}}""").statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("object.type"));
	}

	@Test
	void dataOfAnotherTypeIsInvalidAndMissingDataIsRequired() {
		upsert("""
				{"type": "ITEM", "id": "#i", "discount_data": {"name": "x", "percentage": "1"}}""").statusCode(400)
			.body("errors.code", containsInAnyOrder("INVALID_VALUE", "MISSING_REQUIRED_PARAMETER"))
			.body("errors.field", containsInAnyOrder("object.discount_data", "object.item_data"));
	}

	@Test
	void reportsEveryBadFieldWithItsPath() {
		upsert("""
				{"type": "ITEM", "id": "#i", "item_data": {"description": "no name",
				  "variations": [
				    {"type": "ITEM_VARIATION", "id": "#v", "item_variation_data": {"name": "V",
				      "price_money": {"amount": -1, "currency": "usd"}}},
				    {"type": "ITEM_VARIATION", "id": "#w", "item_variation_data": {"name": "W", "pricing_type": "FIXED_PRICING"}}]}}""")
			.statusCode(400)
			.body("errors", hasSize(4))
			.body("errors.field", contains("object.item_data.name",
					"object.item_data.variations[0].item_variation_data.price_money.amount",
					"object.item_data.variations[0].item_variation_data.price_money.currency",
					"object.item_data.variations[1].item_variation_data.price_money"))
			.body("errors.code", contains("MISSING_REQUIRED_PARAMETER", "VALUE_TOO_LOW", "INVALID_VALUE",
					"MISSING_REQUIRED_PARAMETER"));
	}

	@Test
	void wrongJsonTypeIsInvalidValueWithItsPath() {
		upsert("""
				{"type": "ITEM", "id": "#i", "item_data": {"name": "I", "variations": [
				  {"type": "ITEM_VARIATION", "id": "#v", "item_variation_data": {"price_money": {"amount": 1.5, "currency": "USD"}}}]}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.item_data.variations[0].item_variation_data.price_money.amount"));
	}

	@Test
	void percentageIsADecimalStringFrom0To100() {
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "discount_type": "FIXED_PERCENTAGE", "percentage": "ten"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.discount_data.percentage"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "percentage": "100.01"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"));
		upsert("""
				{"type": "TAX", "id": "#t", "tax_data": {"name": "T", "percentage": "-1"}}""").statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"))
			.body("errors[0].field", equalTo("object.tax_data.percentage"));
		upsert("""
				{"type": "TAX", "id": "#t", "tax_data": {"name": "T", "percentage": "5%"}}""").statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		upsert("""
				{"type": "TAX", "id": "#t", "tax_data": {"name": "T"}}""").statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object.tax_data.percentage"));
		upsert("""
				{"type": "TAX", "id": "#t", "tax_data": {"name": "T", "percentage": "100"}}""").statusCode(200);
	}

	@Test
	void currencyMustBeIso4217() {
		upsert("""
				{"type": "MODIFIER_LIST", "id": "#m", "modifier_list_data": {"name": "M", "modifiers": [
				  {"type": "MODIFIER", "id": "#x", "modifier_data": {"name": "X", "price_money": {"amount": 5, "currency": "ABC"}}}]}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.modifier_list_data.modifiers[0].modifier_data.price_money.currency"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "amount_money": {"amount": 5}}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object.discount_data.amount_money.currency"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "amount_money": {"amount": 500, "currency": "JPY"}}}""")
			.statusCode(200);
	}

	@Test
	void discountTypeDecidesWhichValueItTakes() {
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "discount_type": "FIXED_AMOUNT", "percentage": "5"}}""")
			.statusCode(400)
			.body("errors.field", contains("object.discount_data.amount_money", "object.discount_data.percentage"))
			.body("errors.code", contains("MISSING_REQUIRED_PARAMETER", "INVALID_VALUE"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D"}}""").statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object.discount_data.discount_type"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "D", "discount_type": "HALF_OFF"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("object.discount_data.discount_type"));
		upsert("""
				{"type": "DISCOUNT", "id": "#d", "discount_data": {"name": "Open", "discount_type": "VARIABLE_PERCENTAGE"}}""")
			.statusCode(200)
			.body("catalog_object.discount_data.percentage", nullValue());
	}

	@Test
	void taxesAreComputedInTheSubtotalPhaseOnly() {
		upsert("""
				{"type": "TAX", "id": "#t", "tax_data": {"name": "T", "percentage": "1", "calculation_phase": "TAX_TOTAL_PHASE"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.tax_data.calculation_phase"));
	}

	@Test
	void planPhasesAreChecked() {
		upsert("""
				{"type": "SUBSCRIPTION_PLAN", "id": "#p", "subscription_plan_data": {"name": "P"}}""").statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object.subscription_plan_data.phases"));
		upsert("""
				{"type": "SUBSCRIPTION_PLAN", "id": "#p", "subscription_plan_data": {"name": "P", "phases": [
				  {"cadence": "MONTHLY", "recurring_price_money": {"amount": 0, "currency": "USD"}},
				  {"periods": 0, "recurring_price_money": {"amount": 100, "currency": "EUR"}}]}}""")
			.statusCode(400)
			.body("errors.field", contains("object.subscription_plan_data.phases[0].periods",
					"object.subscription_plan_data.phases[1].cadence",
					"object.subscription_plan_data.phases[1].periods",
					"object.subscription_plan_data.phases[1].recurring_price_money.currency"))
			.body("errors.code", contains("INVALID_VALUE", "MISSING_REQUIRED_PARAMETER", "VALUE_TOO_LOW",
					"INVALID_VALUE"));
		upsert("""
				{"type": "SUBSCRIPTION_PLAN", "id": "#p", "subscription_plan_data": {"name": "P", "phases": [
				  {"cadence": "FORTNIGHTLY", "recurring_price_money": {"amount": 0, "currency": "USD"}}]}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("object.subscription_plan_data.phases[0].cadence"));
	}

	@Test
	void unknownBodyFieldsAreRejectedWithTheirPath() {
		upsert("""
				{"type": "ITEM", "id": "#i", "item_data": {"name": "I", "colour": "red"}}""").statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("object.item_data.colour"));
		as(this.account).body("{\"object\": {\"type\": \"TAX\", \"id\": \"#t\", \"tax_data\": {\"name\": \"T\","
				+ " \"percentage\": \"1\"}}, \"dry_run\": true}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("dry_run"));
	}

	@Test
	void objectAndIdAndTypeAreRequired() {
		as(this.account).body("{\"idempotency_key\": \"k-" + System.nanoTime() + "\"}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object"));
		upsert("{\"tax_data\": {\"name\": \"T\", \"percentage\": \"1\"}}").statusCode(400)
			.body("errors.field", contains("object.id", "object.type"));
		upsert("{\"type\": \"TAX\", \"id\": \"#\", \"tax_data\": {\"name\": \"T\", \"percentage\": \"1\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.id"));
	}

	@Test
	void deletedFlagAndAbsenceFromLocationsCannotBeUpserted() {
		upsert("""
				{"type": "TAX", "id": "#t", "is_deleted": true, "present_at_all_locations": false,
				 "tax_data": {"name": "T", "percentage": "1"}}""").statusCode(400)
			.body("errors.field", contains("object.is_deleted", "object.present_at_all_locations"));
		upsert("""
				{"type": "TAX", "id": "#t", "is_deleted": false, "present_at_all_locations": true,
				 "updated_at": "2020-01-01T00:00:00.000Z", "tax_data": {"name": "T", "percentage": "1"}}""")
			.statusCode(200)
			.body("catalog_object.updated_at", org.hamcrest.Matchers.not(equalTo("2020-01-01T00:00:00.000Z")));
	}

	@Test
	void aReferenceToAnUndefinedTemporaryIdIsNotFound() {
		upsert("""
				{"type": "ITEM", "id": "#i", "item_data": {"name": "I", "tax_ids": ["#nope"],
				  "modifier_list_info": [{"modifier_list_id": "NOSUCHLIST"}]}}""").statusCode(400)
			.body("errors.code", contains("NOT_FOUND", "NOT_FOUND"))
			.body("errors.field", contains("object.item_data.tax_ids[0]",
					"object.item_data.modifier_list_info[0].modifier_list_id"))
			.body("errors[0].detail", equalTo("Tax with ID `#nope` not found."));
		// a reference of the wrong type is not found either
		upsert("{\"type\": \"ITEM\", \"id\": \"#i\", \"item_data\": {\"name\": \"I\", \"tax_ids\": [\""
				+ this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT) + "\"]}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("object.item_data.tax_ids[0]"));
	}

	@Test
	void anItemRefersToTaxesAndModifierListsOfTheAccount() {
		String tax = this.account.id(CatalogFixtures.STATE_SALES_TAX);
		String list = this.account.id(CatalogFixtures.STEAK_TEMPERATURE);
		upsert("{\"type\": \"ITEM\", \"id\": \"#i\", \"item_data\": {\"name\": \"Ribeye\", \"tax_ids\": [\"" + tax
				+ "\"], \"modifier_list_info\": [{\"modifier_list_id\": \"" + list + "\", \"max_selected_modifiers\": 1}]}}")
			.statusCode(200)
			.body("catalog_object.item_data.tax_ids", contains(tax))
			.body("catalog_object.item_data.modifier_list_info[0].modifier_list_id", equalTo(list))
			.body("catalog_object.item_data.modifier_list_info[0].max_selected_modifiers", equalTo(1))
			.body("catalog_object.item_data.variations", nullValue());
	}

	@Test
	void anItemSentWithVariationsKeepsExactlyThose() {
		String item = this.account.id(CatalogFixtures.STEAK);
		String larger = this.account.id(CatalogFixtures.STEAK_LARGER);
		String regular = this.account.id(CatalogFixtures.STEAK_REGULAR);
		upsert("{\"type\": \"ITEM\", \"id\": \"" + item + "\", \"item_data\": {\"name\": \"NY Strip\","
				+ " \"variations\": [{\"type\": \"ITEM_VARIATION\", \"id\": \"#xl\", \"item_variation_data\": {\"name\": \"XL\","
				+ " \"price_money\": {\"amount\": 2600, \"currency\": \"USD\"}}},"
				+ " {\"type\": \"ITEM_VARIATION\", \"id\": \"" + larger + "\", \"item_variation_data\": {\"item_id\": \""
				+ item + "\", \"name\": \"Larger\", \"price_money\": {\"amount\": 2300, \"currency\": \"USD\"}}}]}}")
			.statusCode(200)
			.body("catalog_object.item_data.name", equalTo("NY Strip"))
			.body("catalog_object.item_data.variations.item_variation_data.name", contains("XL", "Larger"))
			.body("catalog_object.item_data.variations[1].id", equalTo(larger))
			.body("catalog_object.item_data.variations[1].item_variation_data.price_money.amount", equalTo(2300))
			.body("id_mappings.client_object_id", contains("#xl"));
		as(this.account).get("/v2/catalog/object/" + regular).then().statusCode(404);
	}

	@Test
	void anItemSentWithoutVariationsKeepsItsVariations() {
		String item = this.account.id(CatalogFixtures.STEAK);
		upsert("{\"type\": \"ITEM\", \"id\": \"" + item + "\", \"item_data\": {\"name\": \"Strip Steak\"}}")
			.statusCode(200)
			.body("catalog_object.item_data.modifier_list_info", nullValue())
			.body("catalog_object.item_data.variations.item_variation_data.name", contains("Regular", "Larger"));
	}

	@Test
	void aVariationUpsertedAloneNamesItsItemAndComesLast() {
		String item = this.account.id(CatalogFixtures.STEAK);
		upsert("""
				{"type": "ITEM_VARIATION", "id": "#kid", "item_variation_data": {"name": "Kids", "pricing_type": "VARIABLE_PRICING"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("object.item_variation_data.item_id"));
		upsert("""
				{"type": "ITEM_VARIATION", "id": "#kid", "item_variation_data": {"item_id": "NOSUCHITEM", "name": "Kids"}}""")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("object.item_variation_data.item_id"))
			.body("errors[0].detail", equalTo("Item with ID `NOSUCHITEM` not found."));
		upsert("{\"type\": \"ITEM_VARIATION\", \"id\": \"#kid\", \"item_variation_data\": {\"item_id\": \"" + item
				+ "\", \"name\": \"Kids\", \"pricing_type\": \"VARIABLE_PRICING\"}}")
			.statusCode(200)
			.body("catalog_object.item_variation_data.item_id", equalTo(item))
			.body("catalog_object.item_variation_data.ordinal", equalTo(2))
			.body("catalog_object.item_variation_data.price_money", nullValue());
		as(this.account).get("/v2/catalog/object/" + item)
			.then()
			.body("object.item_data.variations.item_variation_data.name", contains("Regular", "Larger", "Kids"));
	}

	@Test
	void variableAndFixedPricingAreChecked() {
		String item = this.account.id(CatalogFixtures.STEAK);
		upsert("{\"type\": \"ITEM_VARIATION\", \"id\": \"#kid\", \"item_variation_data\": {\"item_id\": \"" + item
				+ "\", \"pricing_type\": \"VARIABLE_PRICING\", \"price_money\": {\"amount\": 1, \"currency\": \"USD\"}}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.item_variation_data.price_money"));
	}

	@Test
	void nestedObjectsBelongToTheirParent() {
		upsert("""
				{"type": "ITEM", "id": "#i", "item_data": {"name": "I", "variations": [
				  {"type": "MODIFIER", "id": "#m", "modifier_data": {"name": "M"}},
				  {"type": "ITEM_VARIATION", "id": "#v", "item_variation_data": {"item_id": "#other", "name": "V"}}]}}""")
			.statusCode(400)
			.body("errors.field", contains("object.item_data.variations[0].type",
					"object.item_data.variations[1].item_variation_data.item_id"))
			.body("errors.code", contains("INVALID_VALUE", "INVALID_VALUE"));
		// a variation of the steak cannot move into a new item
		upsert("{\"type\": \"ITEM\", \"id\": \"#i\", \"item_data\": {\"name\": \"I\", \"variations\": ["
				+ "{\"type\": \"ITEM_VARIATION\", \"id\": \"" + this.account.id(CatalogFixtures.STEAK_LARGER)
				+ "\", \"item_variation_data\": {\"name\": \"V\", \"price_money\": {\"amount\": 1, \"currency\": \"USD\"}}}]}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.item_data.variations[0].id"));
	}

	@Test
	void theTypeOfAnExistingObjectCannotChange() {
		upsert("{\"type\": \"TAX\", \"id\": \"" + this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT)
				+ "\", \"tax_data\": {\"name\": \"T\", \"percentage\": \"1\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("object.type"));
	}

	@Test
	void theSameIdempotencyKeyReplaysTheFirstAnswerAndCreatesOnce() {
		String body = "{\"idempotency_key\": \"cocoa-1\", \"object\": " + STEAK_ITEM + "}";
		String first = as(this.account).body(body).post("/v2/catalog/object").then().statusCode(200).extract().asString();
		String second = as(this.account).body(body).post("/v2/catalog/object").then().statusCode(200).extract().asString();
		assertThat(second).isEqualTo(first);
		as(this.account).get("/v2/catalog/list?types=ITEM")
			.then()
			.body("objects.item_data.name", containsInAnyOrder("New York Steak", "Cocoa"));
	}

	@Test
	void needsItemsWrite() {
		TestAccounts.TestAccount reader = this.accounts.fresh(List.of("ITEMS_READ"));
		as(reader).body("{\"object\": {\"type\": \"TAX\", \"id\": \"#t\", \"tax_data\": {\"name\": \"T\", \"percentage\": \"1\"}}}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", containsString("ITEMS_WRITE"));
		as(reader).get("/v2/catalog/list").then().statusCode(200).body("objects.type", hasItem("DISCOUNT"));
	}

}
