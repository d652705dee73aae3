package io.theneo.emulator.sandbox;

import java.util.List;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

class JournalApiTest extends ApiTest {

	@Test
	void listsTheAccountsRequestsNewestFirstWithEveryField() {
		TestAccounts.TestAccount account = freshAccount();
		String location = account.fixture("location_ids", 0);
		as(account).header("X-Request-Id", "first-call").get("/v2/locations").then().statusCode(200);
		as(account).queryParam("foo", "bar").get("/v2/locations/" + location).then().statusCode(400);
		as(account).header("X-Request-Id", "third-call").get("/v2/locations/" + location).then().statusCode(200);

		as(account).get("/v2/sandbox/requests")
			.then()
			.statusCode(200)
			.body("requests", hasSize(3))
			.body("requests.request_id", contains(equalTo("third-call"), notNullValue(), equalTo("first-call")))
			.body("requests.path", contains("/v2/locations/" + location, "/v2/locations/" + location, "/v2/locations"))
			.body("requests.status", contains(200, 400, 200))
			.body("requests[0].id", matchesPattern("[A-Z0-9]{24}"))
			.body("requests[0].method", equalTo("GET"))
			.body("requests[0].response_body.location.id", equalTo(location))
			.body("requests[0].started_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
			.body("requests[0].duration_ms", greaterThanOrEqualTo(0))
			.body("requests[0].request_body", nullValue())
			.body("requests[1].query", equalTo("foo=bar"))
			.body("requests[1].response_body.errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"))
			.body("requests[0].request_headers.Authorization", equalTo("***"))
			.body("cursor", nullValue());
	}

	@Test
	void recordsRequestBodiesAndIdempotencyKeysAndReplays() {
		TestAccounts.TestAccount account = freshAccount();
		String key = UUID.randomUUID().toString();
		String body = "{\"path\": \"/v2/customers\", \"delay_ms\": 1, \"idempotency_key\": \"" + key + "\"}";
		String first = as(account).body(body).post("/v2/sandbox/faults").then().statusCode(201).extract().asString();
		String replay = as(account).body(body).post("/v2/sandbox/faults").then().statusCode(201).extract().asString();
		assertThat(replay).isEqualTo(first);

		as(account).get("/v2/sandbox/requests")
			.then()
			.statusCode(200)
			.body("requests", hasSize(2))
			.body("requests.idempotency_key", everyItem(equalTo(key)))
			.body("requests[1].request_body.path", equalTo("/v2/customers"))
			.body("requests[1].request_body.delay_ms", equalTo(1))
			.body("requests[1].replayed", nullValue())
			.body("requests[0].replayed", equalTo(true))
			.body("requests[0].response_body.fault.id", equalTo(JsonPath.from(first).getString("fault.id")));
	}

	@Test
	void masksSecretsInHeadersBodiesAndQueries() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"client_secret\": \"sk_super_secret\", \"nested\": {\"access_token\": \"tok_123\","
				+ " \"card\": {\"card_number\": \"4111 1111 1111 1111\", \"cvv\": \"123\"}},"
				+ " \"payments\": [{\"source_id\": \"4000000000000002\"}, {\"source_id\": \"cnon:card-nonce-ok\"}]}")
			.queryParam("access_token", "tok_in_query")
			.post("/v2/locations")
			.then()
			.statusCode(405);
		String journal = as(account).get("/v2/sandbox/requests").then().statusCode(200).extract().asString();
		assertThat(journal).doesNotContain(account.token(), "sk_super_secret", "tok_123", "4111 1111 1111 1111",
				"4000000000000002", "tok_in_query", "\"123\"");
		JsonPath entry = JsonPath.from(journal).setRootPath("requests[0]");
		assertThat(entry.getString("request_headers.Authorization")).isEqualTo("***");
		assertThat(entry.getString("request_body.client_secret")).isEqualTo("***");
		assertThat(entry.getString("request_body.nested.access_token")).isEqualTo("***");
		assertThat(entry.getString("request_body.nested.card.card_number")).isEqualTo("***");
		assertThat(entry.getString("request_body.nested.card.cvv")).isEqualTo("***");
		assertThat(entry.getString("request_body.payments[0].source_id")).isEqualTo("***");
		assertThat(entry.getString("request_body.payments[1].source_id")).isEqualTo("cnon:card-nonce-ok");
		assertThat(entry.getString("query")).isEqualTo("access_token=***");
	}

	@Test
	void aCardNumberSentToTheCardsApiNeverReachesTheJournal() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body(java.util.Map.of("idempotency_key", UUID.randomUUID().toString(), "source_id",
				"4111 1111 1111 1111", "card", java.util.Map.of("customer_id", account.fixture("customer_ids", 0))))
			.post("/v2/cards")
			.then()
			.statusCode(200);
		String journal = as(account).queryParam("path", "/v2/cards").get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests[0].request_body.source_id", equalTo("***"))
			.body("requests[0].response_body.card.last_4", equalTo("1111"))
			.extract()
			.asString();
		assertThat(journal).doesNotContain("4111 1111 1111 1111", "4111111111111111");
	}

	@Test
	void filtersByMethodPathPrefixAndStatus() {
		TestAccounts.TestAccount account = freshAccount();
		String location = account.fixture("location_ids", 1);
		as(account).get("/v2/locations").then().statusCode(200);
		as(account).get("/v2/locations/" + location).then().statusCode(200);
		as(account).get("/v2/locations/NOPE").then().statusCode(404);
		as(account).get("/v2/sandbox/clock").then().statusCode(200);
		as(account).delete("/v2/sandbox/faults").then().statusCode(200);

		as(account).queryParam("method", "DELETE").get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.path", contains("/v2/sandbox/faults"));
		as(account).queryParam("path", "/v2/locations/").get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.path", contains("/v2/locations/NOPE", "/v2/locations/" + location));
		as(account).queryParam("status", 404).get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.path", contains("/v2/locations/NOPE"));
		as(account).queryParam("method", "GET").queryParam("path", "/v2/locations").queryParam("status", 200)
			.get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.path", contains("/v2/locations/" + location, "/v2/locations"));
		as(account).queryParam("path", "/v2/locations_%").get("/v2/sandbox/requests").then().statusCode(200)
			.body(equalTo("{}"));
	}

	@Test
	void pagesWithLimitAndCursor() {
		TestAccounts.TestAccount account = freshAccount();
		for (int i = 0; i < 5; i++) {
			as(account).header("X-Request-Id", "call-" + i).get("/v2/locations").then().statusCode(200);
		}
		JsonPath page1 = as(account).queryParam("limit", 2).get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.request_id", contains("call-4", "call-3")).extract().jsonPath();
		JsonPath page2 = as(account).queryParam("limit", 2).queryParam("cursor", page1.getString("cursor"))
			.get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.request_id", contains("call-2", "call-1")).extract().jsonPath();
		as(account).queryParam("limit", 2).queryParam("cursor", page2.getString("cursor"))
			.get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests.request_id", contains("call-0"))
			.body("cursor", nullValue());
		// a cursor is bound to its query and its account
		as(account).queryParam("limit", 2).queryParam("method", "GET").queryParam("cursor", page1.getString("cursor"))
			.get("/v2/sandbox/requests").then().statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(freshAccount()).queryParam("cursor", page1.getString("cursor")).get("/v2/sandbox/requests").then()
			.statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void rejectsBadFilters() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).queryParam("limit", 0).get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW")).body("errors[0].field", equalTo("limit"));
		as(account).queryParam("limit", 101).get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH")).body("errors[0].field", equalTo("limit"));
		as(account).queryParam("method", "FETCH").queryParam("status", 42).queryParam("path", "v2")
			.get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors", hasSize(3))
			.body("errors.field", contains("method", "path", "status"))
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
		as(account).queryParam("status", "teapot").get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("status"));
		as(account).queryParam("sort", "asc").get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"));
		as(account).queryParam("cursor", "garbage").get("/v2/sandbox/requests").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void readsOfTheJournalAreNotJournaledAndDeleteClearsIt() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).get("/v2/locations").then().statusCode(200);
		as(account).get("/v2/sandbox/requests").then().statusCode(200).body("requests", hasSize(1));
		as(account).get("/v2/sandbox/requests").then().statusCode(200).body("requests", hasSize(1));

		as(account).delete("/v2/sandbox/requests").then().statusCode(200).body(equalTo("{}"));
		as(account).get("/v2/sandbox/requests").then().statusCode(200).body(equalTo("{}"));

		as(account).get("/v2/locations").then().statusCode(200);
		as(account).get("/v2/sandbox/requests").then().statusCode(200).body("requests", hasSize(1));
	}

	@Test
	void unauthenticatedRequestsAreNotJournaledAnywhere() {
		TestAccounts.TestAccount account = freshAccount();
		io.restassured.RestAssured.given().get("/v2/locations").then().statusCode(401);
		as(account).get("/v2/sandbox/requests").then().statusCode(200).body(equalTo("{}"));
	}

	@Test
	void accountsNeverSeeEachOthersJournal() {
		TestAccounts.TestAccount a = freshAccount();
		TestAccounts.TestAccount b = freshAccount();
		as(a).header("X-Request-Id", "from-a").get("/v2/locations").then().statusCode(200);
		as(b).header("X-Request-Id", "from-b").get("/v2/locations").then().statusCode(200);
		as(a).get("/v2/sandbox/requests").then().body("requests.request_id", contains("from-a"));
		as(b).get("/v2/sandbox/requests").then().body("requests.request_id", contains("from-b"));
		as(b).delete("/v2/sandbox/requests").then().statusCode(200);
		as(a).get("/v2/sandbox/requests").then().body("requests.request_id", contains("from-a"));
	}

	@Test
	void longBodiesAreKeptCutAndStillMasked() {
		TestAccounts.TestAccount account = freshAccount();
		String big = "{\"client_secret\": \"sk_long_secret\", \"padding\": \"" + "x".repeat(70_000) + "\"}";
		as(account).body(big).post("/v2/locations").then().statusCode(405);
		String journal = as(account).get("/v2/sandbox/requests").then().statusCode(200).extract().asString();
		assertThat(journal).doesNotContain("sk_long_secret");
		String cut = JsonPath.from(journal).getString("requests[0].request_body");
		assertThat(cut).startsWith("{\"client_secret\": \"***\"").contains("cut at 65536 of " + big.length() + " bytes");
	}

	@Test
	void theJournalKeepsItsCapturedResponseOutOfTheClientsWay() {
		// the journal buffers the response; the client still gets every byte and the right length
		TestAccounts.TestAccount account = freshAccount();
		String body = as(account).get("/v2/locations").then().statusCode(200)
			.header("Content-Length", notNullValue()).extract().asString();
		assertThat(JsonPath.from(body).getList("locations")).hasSize(4);
		List<String> ids = as(account).get("/v2/sandbox/requests").then().extract().path("requests[0].response_body.locations.id");
		assertThat(ids).isEqualTo(account.fixtures().get("location_ids"));
		as(account).get("/v2/sandbox/requests").then().body(not(containsString(account.token())))
			.body("requests[0].path", startsWith("/v2/locations"));
	}

}
