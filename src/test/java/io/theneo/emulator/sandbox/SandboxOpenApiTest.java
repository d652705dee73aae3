package io.theneo.emulator.sandbox;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every test-support endpoint is in Swagger, with examples. */
class SandboxOpenApiTest extends ApiTest {

	@Test
	void everySandboxEndpointIsDocumentedWithExamples() {
		JsonPath doc = given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
		String[][] operations = { { "/v2/sandbox/accounts", "post" }, { "/v2/sandbox/accounts/{account_id}", "delete" },
				{ "/v2/sandbox/reset", "post" }, { "/v2/sandbox/requests", "get" }, { "/v2/sandbox/requests", "delete" },
				{ "/v2/sandbox/clock", "get" }, { "/v2/sandbox/clock", "post" }, { "/v2/sandbox/faults", "post" },
				{ "/v2/sandbox/faults", "get" }, { "/v2/sandbox/faults", "delete" },
				{ "/v2/sandbox/faults/{fault_id}", "delete" }, { "/v2/sandbox/rate-limit", "get" },
				{ "/v2/sandbox/rate-limit", "post" }, { "/v2/sandbox/rate-limit", "delete" } };
		for (String[] op : operations) {
			String root = "paths.'" + op[0] + "'." + op[1];
			assertThat(doc.getString(root + ".summary")).as(op[1] + " " + op[0]).isNotBlank();
			assertThat(doc.getList(root + ".tags", String.class)).as(op[1] + " " + op[0]).contains("Sandbox");
			String ok = doc.getString(root + ".responses.'200'") != null ? "200" : "201";
			String content = root + ".responses.'" + ok + "'.content.'application/json'";
			assertThat(doc.getString(content + ".example") != null || doc.getString(content + ".examples") != null)
				.as("response example of " + op[1] + " " + op[0])
				.isTrue();
		}
		for (String path : new String[] { "/v2/sandbox/accounts", "/v2/sandbox/clock", "/v2/sandbox/faults",
				"/v2/sandbox/rate-limit" }) {
			String content = "paths.'" + path + "'.post.requestBody.content.'application/json'";
			assertThat(doc.getString(content + ".example") != null || doc.getString(content + ".examples") != null)
				.as("request example of POST " + path)
				.isTrue();
		}
		// error answers are described by the envelope, not by the success body
		assertThat(doc.getString("paths.'/v2/sandbox/faults'.post.responses.'400'.content.'application/json'.schema.$ref"))
			.isEqualTo("#/components/schemas/ErrorEnvelope");
		assertThat(doc.getString("paths.'/v2/sandbox/faults'.post.responses.'201'.content.'application/json'.schema.$ref"))
			.isEqualTo("#/components/schemas/CreatedFault");
		assertThat(doc.getList("paths.'/v2/sandbox/accounts'.post.security[0].oauth2", String.class))
			.containsExactly("SANDBOX_ADMIN");
		assertThat(doc.getList("paths.'/v2/sandbox/requests'.get.parameters.name", String.class))
			.containsExactly("method", "path", "status", "limit", "cursor");
	}

}
