package io.theneo.emulator.web;

import java.nio.charset.StandardCharsets;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The envelope rows of API.md §2 reachable through the foundation, and the request id on every response. */
class ErrorEnvelopeApiTest extends ApiTest {

	@Test
	void unknownApiPathIsNotFound() {
		as(admin()).get("/v2/no-such-thing")
			.then()
			.statusCode(404)
			.contentType("application/json")
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].type", equalTo("invalid_request_error"));
	}

	@Test
	void unknownPathOutsideTheApiIsNotFoundInTheEnvelope() {
		given().get("/no/such/page")
			.then()
			.statusCode(404)
			.contentType("application/json")
			.body("errors[0].code", equalTo("NOT_FOUND"));
	}

	@Test
	void wrongMethodIsMethodNotAllowed() {
		as(admin()).delete("/v2/locations")
			.then()
			.statusCode(405)
			.header("Allow", containsString("GET"))
			.body("errors[0].code", equalTo("METHOD_NOT_ALLOWED"));
	}

	@Test
	void bodyOverTheLimitIsTooLarge() {
		String big = "{\"x\":\"" + "a".repeat(1_100_000) + "\"}";
		as(admin()).body(big)
			.post("/v2/locations")
			.then()
			.statusCode(413)
			.body("errors[0].code", equalTo("REQUEST_ENTITY_TOO_LARGE"));
	}

	@Test
	void unknownQueryParametersAreAllNamed() {
		as(admin()).queryParam("foo", "1")
			.queryParam("bar", "2")
			.get("/v2/locations")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"))
			.body("errors[0].field", equalTo("foo"))
			.body("errors[1].field", equalTo("bar"))
			.body("errors[0].detail", containsString("bar"));
	}

	@Test
	void firewallRejectionsAreBadRequestsInTheEnvelope() {
		given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()))
			.urlEncodingEnabled(false)
			.auth()
			.oauth2(admin().token())
			.get("/v2/locations;jsessionid=1")
			.then()
			.statusCode(400)
			.contentType("application/json")
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		given().urlEncodingEnabled(false).get("/v2/locations/%2e%2e/x").then().statusCode(400).body("errors[0].code",
				equalTo("INVALID_VALUE"));
	}

	@Test
	void oversizedHeadersAreAnsweredWithoutHtml() {
		String huge = "x".repeat(20_000);
		String body = given().header("X-Big", huge)
			.get("/v2/locations")
			.then()
			.statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(431)))
			.extract()
			.asString();
		org.hamcrest.MatcherAssert.assertThat(body, not(containsString("<html")));
	}

	@Test
	void headersUpTo16KbAreAccepted() {
		as(admin()).header("X-Big", "x".repeat(12_000)).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void everyResponseCarriesARequestId() {
		as(admin()).get("/v2/locations")
			.then()
			.statusCode(200)
			.header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
		given().get("/v2/locations").then().statusCode(401).header("X-Request-Id", notNullValue());
	}

	@Test
	void aSaneRequestIdIsEchoed() {
		as(admin()).header("X-Request-Id", "client-req-42").get("/v2/locations").then().header("X-Request-Id",
				equalTo("client-req-42"));
	}

	@Test
	void anInsaneRequestIdIsReplaced() {
		as(admin()).header("X-Request-Id", "bad id with spaces <script>")
			.get("/v2/locations")
			.then()
			.header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
	}


	@Test
	void wrongMediaTypeIsUnsupported() {
		given().auth()
			.oauth2(admin().token())
			.contentType("text/plain")
			.body("given_name=x")
			.post("/v2/customers")
			.then()
			.statusCode(415)
			.body("errors[0].code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
	}

	@Test
	void yamlBodiesAreUnsupportedToo() {
		given().auth()
			.oauth2(admin().token())
			.contentType("application/yaml")
			.body("given_name: Yaml\n".getBytes(StandardCharsets.UTF_8))
			.post("/v2/customers")
			.then()
			.statusCode(415)
			.body("errors[0].code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
	}

	@Test
	void askingForYamlOrAnythingButJsonIsNotAcceptableInTheEnvelope() {
		for (String accept : new String[] { "application/yaml", "text/plain" }) {
			given().auth()
				.oauth2(admin().token())
				.accept(accept)
				.get("/v2/locations")
				.then()
				.statusCode(406)
				.contentType("application/json")
				.body("errors[0].code", equalTo("NOT_ACCEPTABLE"));
		}
	}

	@Test
	void nestingDeeperThanTheLimitIsABadRequest() {
		String deep = "{\"given_name\":\"x\",\"note\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
		as(freshAccount()).body(deep)
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", org.hamcrest.Matchers.oneOf("INVALID_VALUE", "EXPECTED_JSON_BODY"))
			.body("errors[0].detail", not(containsString("Exception")));
	}

	@Test
	void numbersOutOfRangeAreInvalidValues() {
		as(freshAccount()).body("{\"given_name\":\"x\",\"version\":99999999999999999999999999}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", org.hamcrest.Matchers.oneOf("INVALID_VALUE", "EXPECTED_JSON_BODY"));
	}

	@Test
	void invalidUtf8IsABadRequest() {
		byte[] body = { '{', '"', 'g', 'i', 'v', 'e', 'n', '_', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
				'"', '}' };
		as(freshAccount()).body(body)
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", org.hamcrest.Matchers.oneOf("INVALID_VALUE", "EXPECTED_JSON_BODY"));
	}

	@Test
	void aJsonArrayWhereAnObjectIsExpectedIsABadRequest() {
		as(freshAccount()).body("[1,2]")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", org.hamcrest.Matchers.oneOf("INVALID_VALUE", "EXPECTED_JSON_BODY"));
	}

	@Test
	void notJsonIsExpectedJsonBody() {
		as(freshAccount()).body("given_name=x")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("EXPECTED_JSON_BODY"));
	}

}
