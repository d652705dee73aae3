package io.theneo.emulator.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GET object, list, search and delete. */
class CatalogReadApiTest extends ApiTest {

	private TestAccounts.TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private ValidatableResponse search(String body) {
		return as(this.account).body(body).post("/v2/catalog/search").then();
	}

	private void createDiscounts(int count) {
		StringBuilder objects = new StringBuilder();
		for (int i = 0; i < count; i++) {
			objects.append(i == 0 ? "" : ",")
				.append("{\"type\": \"DISCOUNT\", \"id\": \"#d").append(i)
				.append("\", \"discount_data\": {\"name\": \"Promo ").append(i).append("\", \"percentage\": \"1\"}}");
		}
		as(this.account).body("{\"batches\": [{\"objects\": [" + objects + "]}]}")
			.post("/v2/catalog/batch-upsert")
			.then()
			.statusCode(200);
	}

	// retrieve

	@Test
	void retrievesAnItemWithItsRelatedModifierListAndTaxes() {
		String item = this.account.id(CatalogFixtures.STEAK);
		as(this.account).get("/v2/catalog/object/" + item)
			.then()
			.statusCode(200)
			.body("object.item_data.name", equalTo("New York Steak"))
			.body("related_objects", nullValue());
		as(this.account).get("/v2/catalog/object/" + item + "?include_related_objects=true")
			.then()
			.statusCode(200)
			.body("related_objects", hasSize(1))
			.body("related_objects[0].type", equalTo("MODIFIER_LIST"))
			.body("related_objects[0].modifier_list_data.name", equalTo("Steak temperature"))
			.body("related_objects[0].modifier_list_data.modifiers.modifier_data.name", contains("Medium rare", "Well"));
		as(this.account).get("/v2/catalog/object/" + this.account.id(CatalogFixtures.WELL) + "?include_related_objects=true")
			.then()
			.body("related_objects[0].id", equalTo(this.account.id(CatalogFixtures.STEAK_TEMPERATURE)));
	}

	@Test
	void unknownAndForeignIdsAre404() {
		as(this.account).get("/v2/catalog/object/NOSUCHOBJECT")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].detail", equalTo("Catalog object with ID `NOSUCHOBJECT` not found."))
			.body("errors[0].field", nullValue());
		as(this.account).get("/v2/catalog/object/" + CatalogFixtures.STEAK_LARGER).then().statusCode(404);
		as(admin()).get("/v2/catalog/object/" + this.account.id(CatalogFixtures.STEAK_LARGER)).then().statusCode(404);
	}

	@Test
	void retrieveRejectsBadAndUnknownQueryParameters() {
		String item = this.account.id(CatalogFixtures.STEAK);
		as(this.account).get("/v2/catalog/object/" + item + "?include_related_objects=maybe")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("include_related_objects"));
		as(this.account).get("/v2/catalog/object/" + item + "?catalog_version=1")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"));
	}

	@Test
	void readingNeedsItemsRead() {
		TestAccounts.TestAccount narrow = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		String item = narrow.id(CatalogFixtures.STEAK);
		for (var call : List.of(as(narrow).get("/v2/catalog/object/" + item), as(narrow).get("/v2/catalog/list"),
				as(narrow).body("{}").post("/v2/catalog/search"))) {
			call.then()
				.statusCode(403)
				.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
				.body("errors[0].detail", containsString("ITEMS_READ"));
		}
		as(narrow).delete("/v2/catalog/object/" + item)
			.then()
			.statusCode(403)
			.body("errors[0].detail", containsString("ITEMS_WRITE"));
	}

	// list

	@Test
	void listsTheAskedTypesInPagesOf100() {
		createDiscounts(105);
		JsonPath first = as(this.account).get("/v2/catalog/list?types=DISCOUNT")
			.then()
			.statusCode(200)
			.body("objects", hasSize(100))
			.body("objects.type", everyItem(equalTo("DISCOUNT")))
			.body("cursor", notNullValue())
			.extract()
			.jsonPath();
		JsonPath second = as(this.account).queryParam("types", "DISCOUNT")
			.queryParam("cursor", first.getString("cursor"))
			.get("/v2/catalog/list")
			.then()
			.statusCode(200)
			.body("objects", hasSize(6))
			.body("cursor", nullValue())
			.extract()
			.jsonPath();
		Set<String> ids = new HashSet<>(first.getList("objects.id"));
		ids.addAll(second.getList("objects.id"));
		assertThat(ids).hasSize(106).contains(this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT));
	}

	@Test
	void typesAreCaseInsensitiveAndDefaultToTheTopLevelOnes() {
		as(this.account).get("/v2/catalog/list?types=item_variation,Modifier")
			.then()
			.statusCode(200)
			.body("objects.id", containsInAnyOrder(this.account.id(CatalogFixtures.STEAK_REGULAR),
					this.account.id(CatalogFixtures.STEAK_LARGER), this.account.id(CatalogFixtures.WELL),
					this.account.id(CatalogFixtures.MEDIUM_RARE)));
		as(this.account).get("/v2/catalog/list?types=SUBSCRIPTION_PLAN")
			.then()
			.body("objects.subscription_plan_data.name", containsInAnyOrder("Coffee Club", "Premium Plan"));
		as(this.account).get("/v2/catalog/list?types=")
			.then()
			.statusCode(200)
			.body("objects", hasSize(6));
	}

	@Test
	void unknownTypesAreInvalidEnumValues() {
		as(this.account).get("/v2/catalog/list?types=ITEM,CATEGORIES,PICTURE")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("types"))
			.body("errors[0].detail", containsString("CATEGORIES"))
			.body("errors[1].detail", containsString("PICTURE"));
	}

	@Test
	void squaresTypesThatThisServerDoesNotKeepMatchNothing() {
		as(this.account).get("/v2/catalog/list?types=ITEM,CATEGORY")
			.then()
			.statusCode(200)
			.body("objects.id", contains(this.account.id(CatalogFixtures.STEAK)));
		String body = as(this.account).get("/v2/catalog/list?types=IMAGE").then().statusCode(200).extract().asString();
		assertThat(body).isEqualTo("{}");
		search("{\"object_types\": [\"CATEGORY\"]}").statusCode(200).body("objects", nullValue());
	}

	@Test
	void badForeignOrMismatchedCursorsAreInvalid() {
		createDiscounts(100);
		String cursor = as(this.account).get("/v2/catalog/list?types=DISCOUNT").then().extract().path("cursor");
		as(this.account).get("/v2/catalog/list?types=DISCOUNT&cursor=garbage")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"))
			.body("errors[0].field", equalTo("cursor"));
		// a cursor of another query, or of another account, is refused too
		as(this.account).queryParam("types", "ITEM").queryParam("cursor", cursor).get("/v2/catalog/list")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(freshAccount()).queryParam("types", "DISCOUNT").queryParam("cursor", cursor).get("/v2/catalog/list")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void unknownQueryParametersAreRejected() {
		as(this.account).get("/v2/catalog/list?types=ITEM&limit=5")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"))
			.body("errors[0].field", equalTo("limit"));
	}

	@Test
	void anEmptyListIsAnEmptyObject() {
		as(this.account).delete("/v2/catalog/object/" + this.account.id(CatalogFixtures.STEAK)).then().statusCode(200);
		String body = as(this.account).get("/v2/catalog/list?types=ITEM").then().statusCode(200).extract().asString();
		assertThat(body).isEqualTo("{}");
	}

	// search

	@Test
	void searchesNameAndDescriptionForEveryKeywordIgnoringCase() {
		search("{\"query\": {\"text_query\": {\"keywords\": [\"STEAK\"]}}}").statusCode(200)
			.body("objects.id", containsInAnyOrder(this.account.id(CatalogFixtures.STEAK),
					this.account.id(CatalogFixtures.STEAK_TEMPERATURE)));
		search("{\"object_types\": [\"ITEM\"], \"query\": {\"text_query\": {\"keywords\": [\"grass-fed\", \"strip\"]}}}")
			.statusCode(200)
			.body("objects.item_data.name", contains("New York Steak"));
		search("{\"query\": {\"text_query\": {\"keywords\": [\"steak\", \"tuna\"]}}}").statusCode(200)
			.body("objects", nullValue());
		search("{\"object_types\": [\"ITEM_VARIATION\"], \"query\": {\"text_query\": {\"keywords\": [\"larg\"]}}}")
			.statusCode(200)
			.body("objects.id", contains(this.account.id(CatalogFixtures.STEAK_LARGER)));
	}

	@Test
	void exactAndPrefixQueriesCompareNamesIgnoringCase() {
		search("{\"query\": {\"exact_query\": {\"attribute_name\": \"name\", \"attribute_value\": \"membership discount\"}}}")
			.statusCode(200)
			.body("objects.id", contains(this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT)));
		search("{\"query\": {\"exact_query\": {\"attribute_name\": \"name\", \"attribute_value\": \"membership\"}}}")
			.statusCode(200)
			.body("objects", nullValue());
		search("{\"object_types\": [\"SUBSCRIPTION_PLAN\", \"DISCOUNT\"], \"query\": {\"prefix_query\":"
				+ " {\"attribute_name\": \"name\", \"attribute_prefix\": \"pREM\"}}}")
			.statusCode(200)
			.body("objects.subscription_plan_data.name", contains("Premium Plan"));
		// a % in the prefix is a character, not a wildcard
		search("{\"query\": {\"prefix_query\": {\"attribute_name\": \"name\", \"attribute_prefix\": \"%\"}}}")
			.statusCode(200)
			.body("objects", nullValue());
	}

	@Test
	void searchPagesWithLimitAndCursor() {
		String query = "{\"object_types\": [\"SUBSCRIPTION_PLAN\"], \"limit\": 1";
		JsonPath first = search(query + "}").statusCode(200)
			.body("objects", hasSize(1))
			.body("cursor", notNullValue())
			.extract()
			.jsonPath();
		JsonPath second = search(query + ", \"cursor\": \"" + first.getString("cursor") + "\"}").statusCode(200)
			.body("objects", hasSize(1))
			.body("cursor", nullValue())
			.extract()
			.jsonPath();
		List<String> names = new ArrayList<>(first.getList("objects.subscription_plan_data.name"));
		names.addAll(second.getList("objects.subscription_plan_data.name"));
		assertThat(names).containsExactlyInAnyOrder("Coffee Club", "Premium Plan");
		// the cursor belongs to that query
		search("{\"object_types\": [\"DISCOUNT\"], \"limit\": 1, \"cursor\": \"" + first.getString("cursor") + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		search("{\"cursor\": \"nonsense\"}").statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void searchChecksItsRequest() {
		search("{\"limit\": 0}").statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"))
			.body("errors[0].field", equalTo("limit"));
		search("{\"limit\": 101}").statusCode(400).body("errors[0].code", equalTo("VALUE_TOO_HIGH"));
		search("{\"object_types\": [\"ITEM\", \"CATEGORIES\", \"discount\"]}").statusCode(400)
			.body("errors.code", contains("INVALID_ENUM_VALUE", "INVALID_ENUM_VALUE"))
			.body("errors.field", contains("object_types[1]", "object_types[2]"));
		search("{\"query\": {\"text_query\": {\"keywords\": []}, \"exact_query\": {\"attribute_name\": \"sku\","
				+ " \"attribute_value\": \"x\"}, \"prefix_query\": {\"attribute_name\": \"name\"}}}")
			.statusCode(400)
			.body("errors.field", contains("query.text_query.keywords", "query.exact_query.attribute_name",
					"query.prefix_query.attribute_prefix"))
			.body("errors.code", contains("MISSING_REQUIRED_PARAMETER", "INVALID_VALUE", "MISSING_REQUIRED_PARAMETER"));
		search("{\"query\": {\"text_query\": {\"keywords\": [\"a\", \"b\", \"c\", \"d\"]}}}").statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		search("{\"query\": {\"sorted_attribute_query\": {}}}").statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("query.sorted_attribute_query"));
		search("{\"begin_time\": \"yesterday\"}").statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME"))
			.body("errors[0].field", equalTo("begin_time"));
	}

	@Test
	void searchFindsWhatChangedAfterATime() {
		String updatedAt = as(this.account).get("/v2/catalog/object/" + this.account.id(CatalogFixtures.COFFEE_CLUB))
			.then()
			.extract()
			.path("object.updated_at");
		search("{\"begin_time\": \"" + updatedAt + "\"}").statusCode(200).body("objects", nullValue());
		as(this.account).body("{\"object\": {\"type\": \"TAX\", \"id\": \"#t\", \"tax_data\": {\"name\": \"Late\","
				+ " \"percentage\": \"3\"}}}").post("/v2/catalog/object").then().statusCode(200);
		search("{\"begin_time\": \"" + updatedAt + "\"}").statusCode(200).body("objects.tax_data.name", contains("Late"));
	}

	@Test
	void searchWithRelatedObjects() {
		search("{\"object_types\": [\"ITEM_VARIATION\"], \"include_related_objects\": true}").statusCode(200)
			.body("objects", hasSize(2))
			.body("related_objects.id", contains(this.account.id(CatalogFixtures.STEAK)));
	}

	// delete

	@Test
	void deletingAnItemDeletesItsVariations() {
		String item = this.account.id(CatalogFixtures.STEAK);
		String regular = this.account.id(CatalogFixtures.STEAK_REGULAR);
		String larger = this.account.id(CatalogFixtures.STEAK_LARGER);
		long before = as(this.account).get("/v2/catalog/object/" + item).then().extract().jsonPath().getLong("object.version");
		String deletedAt = as(this.account).delete("/v2/catalog/object/" + item)
			.then()
			.statusCode(200)
			.body("deleted_object_ids", contains(item, regular, larger))
			.body("deleted_at", notNullValue())
			.extract()
			.path("deleted_at");
		for (String id : List.of(item, regular, larger)) {
			as(this.account).get("/v2/catalog/object/" + id).then().statusCode(404);
		}
		as(this.account).delete("/v2/catalog/object/" + item).then().statusCode(404);
		as(this.account).get("/v2/catalog/list?types=ITEM,ITEM_VARIATION").then().statusCode(200).body("objects", nullValue());
		// search still shows them when asked to, as deleted, with a newer version
		JsonPath deleted = search("{\"object_types\": [\"ITEM\"], \"include_deleted_objects\": true}").statusCode(200)
			.body("objects", hasSize(1))
			.body("objects[0].is_deleted", equalTo(true))
			.body("objects[0].updated_at", equalTo(deletedAt))
			.body("objects[0].item_data.variations", hasSize(2))
			.extract()
			.jsonPath();
		assertThat(deleted.getLong("objects[0].version")).isGreaterThan(before);
		// and an upsert cannot bring a deleted object back under its id
		as(this.account).body("{\"object\": {\"type\": \"ITEM\", \"id\": \"" + item + "\", \"item_data\": {\"name\": \"X\"}}}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"));
	}

	@Test
	void deletingAModifierListDeletesItsModifiersAndAVariationOnlyItself() {
		String list = this.account.id(CatalogFixtures.STEAK_TEMPERATURE);
		as(this.account).delete("/v2/catalog/object/" + list)
			.then()
			.statusCode(200)
			.body("deleted_object_ids", contains(list, this.account.id(CatalogFixtures.MEDIUM_RARE),
					this.account.id(CatalogFixtures.WELL)));
		String regular = this.account.id(CatalogFixtures.STEAK_REGULAR);
		as(this.account).delete("/v2/catalog/object/" + regular)
			.then()
			.statusCode(200)
			.body("deleted_object_ids", contains(regular));
		as(this.account).get("/v2/catalog/object/" + this.account.id(CatalogFixtures.STEAK))
			.then()
			.body("object.item_data.variations.id", contains(this.account.id(CatalogFixtures.STEAK_LARGER)));
	}

	@Test
	void deletingAnUnknownOrForeignIdIs404() {
		as(this.account).delete("/v2/catalog/object/NOSUCHOBJECT")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Catalog object with ID `NOSUCHOBJECT` not found."));
		as(this.account).delete("/v2/catalog/object/" + CatalogFixtures.MEMBERSHIP_DISCOUNT).then().statusCode(404);
		as(admin()).get("/v2/catalog/object/" + CatalogFixtures.MEMBERSHIP_DISCOUNT).then().statusCode(200);
	}

}
