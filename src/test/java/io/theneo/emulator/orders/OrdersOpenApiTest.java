package io.theneo.emulator.orders;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Every orders endpoint is in the OpenAPI document with its scope and examples, and the examples are true. */
class OrdersOpenApiTest extends ApiTest {

	@Test
	void everyEndpointIsDocumentedWithItsScopeAndExamples() {
		String json = "content.'application/json'";
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("paths.'/v2/orders'.post.security[0].oauth2", hasItem("ORDERS_WRITE"))
			.body("paths.'/v2/orders'.post.requestBody." + json + ".examples", notNullValue())
			.body("paths.'/v2/orders'.post.responses.'200'." + json + ".example", notNullValue())
			.body("paths.'/v2/orders'.post.responses.'400'", notNullValue())
			.body("paths.'/v2/orders/{order_id}'.get.security[0].oauth2", hasItem("ORDERS_READ"))
			.body("paths.'/v2/orders/{order_id}'.get.responses.'200'." + json + ".example", notNullValue())
			.body("paths.'/v2/orders/{order_id}'.get.responses.'404'", notNullValue())
			.body("paths.'/v2/orders/{order_id}'.put.security[0].oauth2", hasItem("ORDERS_WRITE"))
			.body("paths.'/v2/orders/{order_id}'.put.requestBody." + json + ".examples", notNullValue())
			.body("paths.'/v2/orders/{order_id}'.put.responses.'409'", notNullValue())
			.body("paths.'/v2/orders/batch-retrieve'.post.security[0].oauth2", hasItem("ORDERS_READ"))
			.body("paths.'/v2/orders/batch-retrieve'.post.requestBody." + json + ".examples", notNullValue())
			.body("paths.'/v2/orders/search'.post.security[0].oauth2", hasItem("ORDERS_READ"))
			.body("paths.'/v2/orders/search'.post.requestBody." + json + ".examples", notNullValue())
			.body("paths.'/v2/orders/calculate'.post.security[0].oauth2", hasItem("ORDERS_READ"))
			.body("paths.'/v2/orders/calculate'.post.responses.'200'." + json + ".example", notNullValue())
			.body("paths.'/v2/orders/{order_id}/clone'.post.security[0].oauth2", hasItem("ORDERS_WRITE"))
			.body("paths.'/v2/orders/clone'.post.security[0].oauth2", hasItem("ORDERS_WRITE"))
			.body("paths.'/v2/orders/{order_id}/pay'.post.security[0].oauth2", hasItem("ORDERS_WRITE"))
			.body("paths.'/v2/orders/{order_id}/pay'.post.security[0].oauth2", hasItem("PAYMENTS_WRITE"))
			.body("paths.'/v2/orders/{order_id}/pay'.post.requestBody." + json + ".examples", notNullValue())
			.body("paths.'/v2/orders/{order_id}/pay'.post.responses.'402'", notNullValue())
			.body("components.schemas.Order.properties.net_amounts", notNullValue())
			.body("components.schemas.OrderLineItem.properties.applied_discounts", notNullValue())
			.body("components.schemas.OrderInput.properties.line_items", notNullValue());
	}

	@Test
	void theExamplesAreWhatTheFixturesAnswer() {
		String retrieved = as(admin()).get("/v2/orders/CAISENgvlJ6jLWAzERDzjyHVybY").then().statusCode(200)
			.extract().asString();
		assertThat(JsonExamples.tree(retrieved)).isEqualTo(JsonExamples.tree(OrderExamples.RETRIEVE_RESPONSE));
		String calculated = as(admin()).body(OrderExamples.CALCULATE_REQUEST).post("/v2/orders/calculate")
			.then().statusCode(200).extract().asString();
		assertThat(JsonExamples.tree(calculated)).isEqualTo(JsonExamples.tree(OrderExamples.CALCULATE_RESPONSE));
		String batch = as(admin()).body(OrderExamples.BATCH_REQUEST).post("/v2/orders/batch-retrieve")
			.then().statusCode(200).extract().asString();
		assertThat(JsonExamples.tree(batch)).isEqualTo(JsonExamples.tree(OrderExamples.BATCH_RESPONSE));
		String found = as(admin()).body(OrderExamples.SEARCH_REQUEST).post("/v2/orders/search")
			.then().statusCode(200).extract().asString();
		assertThat(JsonExamples.tree(found)).isEqualTo(JsonExamples.tree(OrderExamples.SEARCH_RESPONSE));
	}

}
