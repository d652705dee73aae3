package io.theneo.emulator.catalog;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Every catalog endpoint is in the OpenAPI document with its scope and examples. */
class CatalogOpenApiTest extends ApiTest {

	/** Timestamps and versions differ from run to run; everything else of the example is what the server answers. */
	private static tools.jackson.databind.JsonNode normalised(String json) {
		String stable = json.replaceAll("\"(updated_at|deleted_at)\"\\s*:\\s*\"[^\"]*\"", "\"$1\": \"T\"")
			.replaceAll("\"version\"\\s*:\\s*\\d+", "\"version\": 1");
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(stable);
	}

	@Test
	void theRetrieveExampleIsWhatTheDemoCatalogAnswers() {
		String actual = as(admin()).get("/v2/catalog/object/BEMYCSMIJL46OCDV4KYIKXIB?include_related_objects=true")
			.then()
			.statusCode(200)
			.extract()
			.asString();
		org.assertj.core.api.Assertions.assertThat(normalised(actual))
			.isEqualTo(normalised(CatalogExamples.RETRIEVE_RESPONSE));
	}

	@Test
	void everyEndpointIsDocumentedWithItsScopeAndExamples() {
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("paths.'/v2/catalog/object'.post.security[0].oauth2", hasItem("ITEMS_WRITE"))
			.body("paths.'/v2/catalog/object'.post.requestBody.content.'application/json'.examples", notNullValue())
			.body("paths.'/v2/catalog/object'.post.responses.'200'.content.'application/json'.example", notNullValue())
			.body("paths.'/v2/catalog/batch-upsert'.post.security[0].oauth2", hasItem("ITEMS_WRITE"))
			.body("paths.'/v2/catalog/batch-upsert'.post.requestBody.content.'application/json'.examples", notNullValue())
			.body("paths.'/v2/catalog/batch-upsert'.post.responses.'200'.content.'application/json'.example",
					notNullValue())
			.body("paths.'/v2/catalog/object/{object_id}'.get.security[0].oauth2", hasItem("ITEMS_READ"))
			.body("paths.'/v2/catalog/object/{object_id}'.get.responses.'200'.content.'application/json'.example",
					notNullValue())
			.body("paths.'/v2/catalog/object/{object_id}'.get.responses.'404'", notNullValue())
			.body("paths.'/v2/catalog/object/{object_id}'.delete.security[0].oauth2", hasItem("ITEMS_WRITE"))
			.body("paths.'/v2/catalog/object/{object_id}'.delete.responses.'200'.content.'application/json'.example",
					notNullValue())
			.body("paths.'/v2/catalog/list'.get.security[0].oauth2", hasItem("ITEMS_READ"))
			.body("paths.'/v2/catalog/list'.get.responses.'200'.content.'application/json'.example", notNullValue())
			.body("paths.'/v2/catalog/search'.post.security[0].oauth2", hasItem("ITEMS_READ"))
			.body("paths.'/v2/catalog/search'.post.requestBody.content.'application/json'.examples", notNullValue())
			.body("paths.'/v2/catalog/search'.post.responses.'200'.content.'application/json'.example", notNullValue())
			.body("components.schemas.CatalogObject.properties.item_data", notNullValue())
			.body("components.schemas.CatalogObject.properties.subscription_plan_data", notNullValue())
			.body("components.schemas.CatalogItemVariation.properties.price_money", notNullValue())
			.body("components.schemas.SubscriptionPhase.properties.recurring_price_money", notNullValue())
			.body("paths.'/v2/catalog/list'.get.description", containsString("ITEMS_READ"))
			// the caller's tenant comes from the token, not from a parameter
			.body("paths.'/v2/catalog/list'.get.parameters.name", org.hamcrest.Matchers.contains("types", "cursor"))
			.body("paths.'/v2/catalog/object/{object_id}'.get.parameters.name",
					org.hamcrest.Matchers.contains("object_id", "include_related_objects"));
	}

}
