package io.theneo.emulator.catalog;

import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** POST /v2/catalog/batch-upsert: references across batches, all or nothing, paths into batches. */
class CatalogBatchUpsertApiTest extends ApiTest {

	private TestAccounts.TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private ValidatableResponse batchUpsert(String batches) {
		return as(this.account).body("{\"batches\": " + batches + "}").post("/v2/catalog/batch-upsert").then();
	}

	@Test
	void objectsOfOneRequestReferToEachOthersTemporaryIds() {
		JsonPath body = batchUpsert("""
				[{"objects": [
				   {"type": "ITEM", "id": "#tea", "item_data": {"name": "Tea", "tax_ids": ["#city"],
				     "modifier_list_info": [{"modifier_list_id": "#sugar"}],
				     "variations": [{"type": "ITEM_VARIATION", "id": "#mug", "item_variation_data": {"name": "Mug",
				       "price_money": {"amount": 250, "currency": "USD"}}}]}}]},
				 {"objects": [
				   {"type": "TAX", "id": "#city", "tax_data": {"name": "City Tax", "percentage": "1.5"}},
				   {"type": "MODIFIER_LIST", "id": "#sugar", "modifier_list_data": {"name": "Sugar"}},
				   {"type": "MODIFIER", "id": "#cube", "modifier_data": {"name": "Cube", "modifier_list_id": "#sugar"}},
				   {"type": "ITEM_VARIATION", "id": "#pot", "item_variation_data": {"item_id": "#tea", "name": "Pot",
				     "price_money": {"amount": 600, "currency": "USD"}}}]}]""")
			.statusCode(200)
			.body("objects.type", contains("ITEM", "TAX", "MODIFIER_LIST", "MODIFIER", "ITEM_VARIATION"))
			.body("updated_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
			.body("id_mappings.client_object_id", contains("#tea", "#mug", "#city", "#sugar", "#cube", "#pot"))
			.extract()
			.jsonPath();
		String tea = body.getString("objects[0].id");
		String tax = body.getString("objects[1].id");
		String sugar = body.getString("objects[2].id");
		assertThat(body.getList("objects[0].item_data.tax_ids")).containsExactly(tax);
		assertThat(body.getString("objects[0].item_data.modifier_list_info[0].modifier_list_id")).isEqualTo(sugar);
		assertThat(body.getString("objects[3].modifier_data.modifier_list_id")).isEqualTo(sugar);
		assertThat(body.getString("objects[4].item_variation_data.item_id")).isEqualTo(tea);
		assertThat(body.getInt("objects[4].item_variation_data.ordinal")).isEqualTo(1);
		as(this.account).get("/v2/catalog/object/" + tea)
			.then()
			.body("object.item_data.variations.item_variation_data.name", contains("Mug", "Pot"));
		as(this.account).get("/v2/catalog/object/" + sugar)
			.then()
			.body("object.modifier_list_data.modifiers.modifier_data.name", contains("Cube"));
	}

	@Test
	void anErrorInAnyBatchWritesNothingAndNamesItsPath() {
		batchUpsert("""
				[{"objects": [{"type": "DISCOUNT", "id": "#ok", "discount_data": {"name": "Batch Friday", "percentage": "5"}}]},
				 {"objects": [{"type": "DISCOUNT", "id": "#bad", "discount_data": {"name": "Broken", "percentage": "500"}},
				              {"type": "TAX", "id": "#t", "tax_data": {"percentage": "5"}}]}]""")
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors.code", contains("VALUE_TOO_HIGH", "MISSING_REQUIRED_PARAMETER"))
			.body("errors.field", contains("batches[1].objects[0].discount_data.percentage",
					"batches[1].objects[1].tax_data.name"));
		as(this.account).contentType("application/json")
			.body("{\"query\": {\"text_query\": {\"keywords\": [\"batch friday\"]}}}")
			.post("/v2/catalog/search")
			.then()
			.statusCode(200)
			.body("objects", nullValue());
	}

	@Test
	void batchesAndTheirObjectsAreRequired() {
		as(this.account).body("{\"idempotency_key\": \"b-" + System.nanoTime() + "\"}")
			.post("/v2/catalog/batch-upsert")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("batches"));
		batchUpsert("[{\"objects\": []}, {}]").statusCode(400)
			.body("errors.field", contains("batches[0].objects", "batches[1].objects"));
		batchUpsert("[{\"objects\": [null]}]").statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("batches[0].objects[0]"));
	}

	@Test
	void anIdDefinedTwiceIsInvalid() {
		batchUpsert("""
				[{"objects": [{"type": "TAX", "id": "#t", "tax_data": {"name": "A", "percentage": "1"}}]},
				 {"objects": [{"type": "TAX", "id": "#t", "tax_data": {"name": "B", "percentage": "2"}}]}]""")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("batches[1].objects[0].id"));
	}

	@Test
	void staleVersionAndUnknownIdAreReportedWithTheirPaths() {
		String discount = this.account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT);
		batchUpsert("[{\"objects\": [{\"type\": \"DISCOUNT\", \"id\": \"" + discount + "\", \"version\": 7,"
				+ " \"discount_data\": {\"name\": \"M\", \"percentage\": \"1\"}}]}]")
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("batches[0].objects[0].version"))
			.body("errors[0].detail", containsString("Supplied version 7"));
		batchUpsert("""
				[{"objects": [{"type": "TAX", "id": "GONE", "tax_data": {"name": "A", "percentage": "1"}}]}]""")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("batches[0].objects[0].id"));
	}

	@Test
	void updatesAndCreatesTogether() {
		String plan = this.account.id(CatalogFixtures.COFFEE_CLUB);
		long version = as(this.account).get("/v2/catalog/object/" + plan).then().extract().jsonPath().getLong("object.version");
		batchUpsert("[{\"objects\": [{\"type\": \"SUBSCRIPTION_PLAN\", \"id\": \"" + plan + "\", \"version\": " + version
				+ ", \"subscription_plan_data\": {\"name\": \"Coffee Club+\", \"phases\": [{\"cadence\": \"MONTHLY\","
				+ " \"recurring_price_money\": {\"amount\": 1200, \"currency\": \"USD\"}}]}},"
				+ " {\"type\": \"DISCOUNT\", \"id\": \"#new\", \"discount_data\": {\"name\": \"New\", \"percentage\": \"2\"}}]}]")
			.statusCode(200)
			.body("objects[0].id", equalTo(plan))
			.body("objects[0].subscription_plan_data.name", equalTo("Coffee Club+"))
			.body("objects[0].subscription_plan_data.phases[0].recurring_price_money.amount", equalTo(1200))
			.body("id_mappings.client_object_id", contains("#new"));
	}

	@Test
	void needsItemsWrite() {
		TestAccounts.TestAccount reader = this.accounts.fresh(List.of("ITEMS_READ"));
		as(reader).body("{\"batches\": [{\"objects\": [{\"type\": \"TAX\", \"id\": \"#t\", \"tax_data\": {\"name\": \"T\","
				+ " \"percentage\": \"1\"}}]}]}")
			.post("/v2/catalog/batch-upsert")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
	}

}
