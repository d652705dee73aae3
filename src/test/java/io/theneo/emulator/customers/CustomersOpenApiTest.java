package io.theneo.emulator.customers;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every customer endpoint is in the OpenAPI document with a summary, its scope, examples and its errors. */
class CustomersOpenApiTest extends ApiTest {

	private static JsonNode at(JsonNode doc, String path, String method) {
		return doc.path("paths").path(path).path(method);
	}

	@Test
	void everyCustomerEndpointIsDocumented() {
		JsonNode doc = JsonMapper.builder().build()
			.readTree(given().get("/v3/api-docs").then().statusCode(200).extract().asString());
		Map<String, List<String>> endpoints = Map.of("/v2/customers", List.of("get", "post"), "/v2/customers/search",
				List.of("post"), "/v2/customers/{customer_id}", List.of("get", "put", "patch", "delete"),
				"/v2/customers/reference/{reference_id}", List.of("get", "put"), "/v2/customers/groups",
				List.of("get", "post"), "/v2/customers/groups/{group_id}", List.of("get", "put", "delete"),
				"/v2/customers/{customer_id}/groups/{group_id}", List.of("put", "delete"));
		endpoints.forEach((path, methods) -> {
			for (String method : methods) {
				JsonNode op = at(doc, path, method);
				String name = method + " " + path;
				assertThat(op.isObject()).as(name).isTrue();
				assertThat(op.path("summary").asString()).as(name).isNotBlank();
				assertThat(op.path("description").asString()).as(name).contains("CUSTOMERS_");
				assertThat(op.path("responses").propertyNames()).as(name).contains("200", "400", "401", "403");
			}
		});
		JsonNode create = at(doc, "/v2/customers", "post");
		assertThat(create.at("/requestBody/content/application~1json/examples").toString()).contains("Amelia");
		assertThat(create.at("/responses/200/content/application~1json").toString()).contains("THIRD_PARTY");
		assertThat(create.at("/responses/400/content").toString()).contains("address.country");
		assertThat(create.at("/security/0/oauth2/0").asString()).isEqualTo("CUSTOMERS_WRITE");
		assertThat(create.path("parameters").toString()).contains("Idempotency-Key");
		assertThat(at(doc, "/v2/customers/{customer_id}", "put").at("/responses/409").toString())
			.contains("VERSION_MISMATCH");
		assertThat(at(doc, "/v2/customers/{customer_id}", "get").at("/responses/404").toString()).contains("NOT_FOUND");
		assertThat(at(doc, "/v2/customers/reference/{reference_id}", "put").path("responses").propertyNames())
			.contains("201", "200", "409");
		assertThat(at(doc, "/v2/customers/{customer_id}", "patch").at("/requestBody/content").propertyNames())
			.contains("application/merge-patch+json", "application/json");
		assertThat(at(doc, "/v2/customers", "get").path("parameters").findValuesAsString("name")).contains("cursor",
				"limit", "sort_field", "sort_order", "count", "given_name", "reference_id", "group_id", "created_at_gt",
				"updated_at_lte");
		assertThat(doc.at("/components/schemas/Customer/properties").propertyNames()).contains("id", "given_name",
				"email_address", "address", "phone_number", "birthday", "reference_id", "group_ids", "version",
				"creation_source", "preferences");
		assertThat(doc.at("/components/schemas/CustomerAddress/properties").propertyNames()).contains("address_line_1",
				"administrative_district_level_1", "sublocality_2", "country");
		assertThat(doc.at("/components/schemas/SearchCustomersRequest/properties").propertyNames()).contains("query",
				"limit", "cursor", "count");
	}

	@Test
	void theTenantComesFromTheTokenAndIsNoParameter() {
		// foundation fix: springdoc listed the resolved Tenant argument as a required query parameter "tenant"
		JsonNode doc = JsonMapper.builder().build()
			.readTree(given().get("/v3/api-docs").then().statusCode(200).extract().asString());
		assertThat(doc.path("paths").findValuesAsString("name")).doesNotContain("tenant");
		assertThat(doc.at("/paths/~1v2~1customers~1{customer_id}/get/parameters").findValuesAsString("name"))
			.containsExactly("customer_id");
		assertThat(doc.at("/components/schemas").propertyNames()).doesNotContain("Tenant");
	}

}
