package io.theneo.emulator.config;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document drives Swagger UI's Authorize button through the client-credentials flow. */
class OpenApiDocumentApiTest extends ApiTest {

	@Test
	void documentIsOpenApi31WithAClientCredentialsFlow() {
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("openapi", equalTo("3.1.0"))
			.body("components.securitySchemes.oauth2.type", equalTo("oauth2"))
			.body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/oauth2/token"))
			.body("components.securitySchemes.oauth2.flows.clientCredentials.scopes.CUSTOMERS_READ", notNullValue())
			.body("security[0].oauth2", notNullValue());
	}

	@Test
	void operationsListTheirScopes() {
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("paths.'/v2/locations'.get.security[0].oauth2", hasItem("MERCHANT_PROFILE_READ"))
			.body("paths.'/v2/locations'.get.description", containsString("MERCHANT_PROFILE_READ"))
			.body("paths.'/v2/locations'.get.responses.'403'", notNullValue())
			.body("paths.'/oauth2/token'.post", notNullValue())
			.body("paths.'/v2/locations'.get.parameters", org.hamcrest.Matchers.nullValue())
			.body("components.schemas.Location.properties.created_at", notNullValue())
			.body("components.schemas.Address.properties.address_line_1", notNullValue());
	}

	@Test
	void swaggerUiIsServed() {
		given().redirects()
			.follow(false)
			.get("/swagger-ui.html")
			.then()
			.statusCode(302)
			.header("Location", containsString("/swagger-ui/index.html"));
		given().get("/swagger-ui/index.html").then().statusCode(200).body(containsString("Swagger UI"));
		given().get("/v3/api-docs/swagger-config").then().statusCode(200).body("url", equalTo("/v3/api-docs"));
	}

	@Test
	void swaggerUisTokenRequestWorks() {
		// Swagger UI sends the client id and secret as HTTP Basic with the ticked scopes (TOOLCHAIN.md §7.15)
		given().auth()
			.preemptive()
			.basic("admin", "theneo-demo-key")
			.contentType("application/x-www-form-urlencoded")
			.formParam("grant_type", "client_credentials")
			.formParam("scope", "CUSTOMERS_READ MERCHANT_PROFILE_READ")
			.post("/oauth2/token")
			.then()
			.statusCode(200)
			.body("token_type", equalTo("bearer"));
	}

}
