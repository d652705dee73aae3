package io.theneo.emulator.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

class FaultsApiTest extends ApiTest {

	@Test
	void aFaultFailsTheNextMatchingCallsExactlyTimesThenServiceResumes() {
		TestAccounts.TestAccount account = freshAccount();
		String faultId = as(account).body("{\"method\": \"GET\", \"path\": \"/v2/locations\", \"times\": 2, \"status\": 500}")
			.post("/v2/sandbox/faults")
			.then()
			.statusCode(201)
			.body("fault.id", matchesPattern("[A-Z0-9]{24}"))
			.body("fault.method", equalTo("GET"))
			.body("fault.path", equalTo("/v2/locations"))
			.body("fault.times", equalTo(2))
			.body("fault.remaining", equalTo(2))
			.body("fault.status", equalTo(500))
			.body("fault.error_code", nullValue())
			.extract()
			.path("fault.id");
		for (int i = 0; i < 2; i++) {
			as(account).get("/v2/locations")
				.then()
				.statusCode(500)
				.body("errors[0].code", equalTo("INTERNAL_SERVER_ERROR"))
				.body("errors[0].category", equalTo("API_ERROR"))
				.body("errors[0].type", equalTo("api_error"))
				.body("errors[0].detail", containsString(faultId));
		}
		as(account).get("/v2/locations").then().statusCode(200);
		as(account).get("/v2/sandbox/faults").then().statusCode(200).body(equalTo("{}"));
		as(account).queryParam("status", 500).get("/v2/sandbox/requests").then()
			.body("requests", hasSize(2))
			.body("requests.fault_id", contains(faultId, faultId));
	}

	@Test
	void anErrorCodeAnswersWithItsOwnStatusAndEnvelope() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"path\": \"/v2/locations\", \"error_code\": \"CARD_DECLINED\"}")
			.post("/v2/sandbox/faults").then().statusCode(201).body("fault.error_code", equalTo("CARD_DECLINED"))
			.body("fault.method", nullValue()).body("fault.times", equalTo(1));
		as(account).get("/v2/locations")
			.then()
			.statusCode(402)
			.body("errors[0].code", equalTo("CARD_DECLINED"))
			.body("errors[0].category", equalTo("PAYMENT_METHOD_ERROR"))
			.body("errors[0].type", equalTo("card_error"));
		as(account).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void aStatusAnswersWithItsUsualCode() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"path\": \"/v2/locations\", \"status\": 503}").post("/v2/sandbox/faults").then().statusCode(201);
		as(account).body("{\"path\": \"/v2/locations\", \"status\": 429}").post("/v2/sandbox/faults").then().statusCode(201);
		as(account).body("{\"path\": \"/v2/locations\", \"status\": 418}").post("/v2/sandbox/faults").then().statusCode(201);
		as(account).get("/v2/locations").then().statusCode(503).header("Retry-After", "1")
			.body("errors[0].code", equalTo("SERVICE_UNAVAILABLE"));
		as(account).get("/v2/locations").then().statusCode(429).header("Retry-After", "1")
			.body("errors[0].code", equalTo("RATE_LIMITED")).body("errors[0].type", equalTo("rate_limit_error"));
		as(account).get("/v2/locations").then().statusCode(418).body("errors[0].code", equalTo("BAD_REQUEST"));
		as(account).get("/v2/locations").then().statusCode(200);
	}

	@Test
	void matchesByMethodAndPathPrefix() {
		TestAccounts.TestAccount account = freshAccount();
		String location = account.fixture("location_ids", 0);
		as(account).body("{\"method\": \"GET\", \"path\": \"/v2/locations/\", \"status\": 500}").post("/v2/sandbox/faults")
			.then().statusCode(201);
		as(account).get("/v2/locations").then().statusCode(200); // not under the prefix
		as(account).delete("/v2/locations/" + location).then().statusCode(405); // another method
		as(account).get("/v2/locations/" + location).then().statusCode(500);
		as(account).get("/v2/locations/" + location).then().statusCode(200);
	}

	@Test
	void withoutAPathEveryApiCallMatchesButNeverTestSupport() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"status\": 500}").post("/v2/sandbox/faults").then().statusCode(201)
			.body("fault.path", equalTo("/v2/"));
		as(account).get("/v2/sandbox/faults").then().statusCode(200).body("faults", hasSize(1));
		as(account).get("/v2/sandbox/clock").then().statusCode(200);
		as(account).get("/v2/locations").then().statusCode(500);
	}

	@Test
	void aDelayFaultHoldsTheCallThenRunsIt() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"path\": \"/v2/locations\", \"delay_ms\": 600}").post("/v2/sandbox/faults").then().statusCode(201)
			.body("fault.delay_ms", equalTo(600)).body("fault.status", nullValue());
		long start = System.nanoTime();
		as(account).get("/v2/locations").then().statusCode(200);
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
		as(account).get("/v2/sandbox/requests").then().body("requests[0].duration_ms",
				org.hamcrest.Matchers.greaterThanOrEqualTo(600));
	}

	@Test
	void aDelayCanComeWithAnError() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"path\": \"/v2/locations\", \"delay_ms\": 300, \"error_code\": \"GATEWAY_TIMEOUT\"}")
			.post("/v2/sandbox/faults").then().statusCode(201);
		long start = System.nanoTime();
		as(account).get("/v2/locations").then().statusCode(504).body("errors[0].code", equalTo("GATEWAY_TIMEOUT"));
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
	}

	@Test
	void rejectsBadFaultSpecs() {
		TestAccounts.TestAccount account = freshAccount();
		expect(account, "{\"path\": \"/v2/orders\"}", "MISSING_REQUIRED_PARAMETER", null);
		expect(account, "{\"path\": \"/v2/orders\", \"status\": 500, \"error_code\": \"CARD_DECLINED\"}", "INVALID_VALUE",
				"error_code");
		expect(account, "{\"error_code\": \"CARD_EXPLODED\"}", "INVALID_ENUM_VALUE", "error_code");
		expect(account, "{\"status\": 200}", "VALUE_TOO_LOW", "status");
		expect(account, "{\"status\": 600}", "VALUE_TOO_HIGH", "status");
		expect(account, "{\"status\": 500, \"times\": 0}", "VALUE_TOO_LOW", "times");
		expect(account, "{\"delay_ms\": 0}", "VALUE_TOO_LOW", "delay_ms");
		expect(account, "{\"delay_ms\": 30001}", "VALUE_TOO_HIGH", "delay_ms");
		expect(account, "{\"method\": \"FETCH\", \"status\": 500}", "INVALID_ENUM_VALUE", "method");
		expect(account, "{\"path\": \"/orders\", \"status\": 500}", "INVALID_VALUE", "path");
		expect(account, "{\"path\": \"/v2/orders?x=1\", \"status\": 500}", "INVALID_VALUE", "path");
		expect(account, "{\"path\": \"/v2/sandbox/clock\", \"status\": 500}", "INVALID_VALUE", "path");
		expect(account, "{\"status\": \"five hundred\"}", "INVALID_VALUE", "status");
		expect(account, "{\"status\": 500, \"when\": \"now\"}", "UNKNOWN_BODY_PARAMETER", "when");
		as(account).post("/v2/sandbox/faults").then().statusCode(400).body("errors[0].code", equalTo("EXPECTED_JSON_BODY"));
		as(account).body("{\"status\": 200, \"times\": -1, \"method\": \"get\"}").post("/v2/sandbox/faults").then()
			.statusCode(400).body("errors", hasSize(3));
		as(account).get("/v2/sandbox/faults").then().body(equalTo("{}"));
	}

	@Test
	void listsDeletesOneAndClearsAll() {
		TestAccounts.TestAccount account = freshAccount();
		String first = as(account).body("{\"path\": \"/v2/orders\", \"status\": 500}").post("/v2/sandbox/faults")
			.then().statusCode(201).extract().path("fault.id");
		String second = as(account).body("{\"path\": \"/v2/customers\", \"delay_ms\": 5}").post("/v2/sandbox/faults")
			.then().statusCode(201).extract().path("fault.id");
		as(account).get("/v2/sandbox/faults").then().statusCode(200).body("faults.id", contains(first, second));
		as(account).delete("/v2/sandbox/faults/" + first).then().statusCode(200).body(equalTo("{}"));
		as(account).delete("/v2/sandbox/faults/" + first).then().statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Fault with ID `" + first + "` not found."));
		as(account).get("/v2/sandbox/faults").then().body("faults.id", contains(second));
		as(account).delete("/v2/sandbox/faults").then().statusCode(200).body(equalTo("{}"));
		as(account).get("/v2/sandbox/faults").then().body(equalTo("{}"));
	}

	@Test
	void aFaultNeverFiresForAnotherAccountNorCanItBeSeenOrDeletedThere() {
		TestAccounts.TestAccount owner = freshAccount();
		TestAccounts.TestAccount other = freshAccount();
		String id = as(owner).body("{\"path\": \"/v2/locations\", \"status\": 500, \"times\": 3}")
			.post("/v2/sandbox/faults").then().statusCode(201).extract().path("fault.id");
		for (int i = 0; i < 5; i++) {
			as(other).get("/v2/locations").then().statusCode(200);
		}
		as(other).get("/v2/sandbox/faults").then().body(equalTo("{}"));
		as(other).delete("/v2/sandbox/faults/" + id).then().statusCode(404);
		as(other).delete("/v2/sandbox/faults").then().statusCode(200);
		as(owner).get("/v2/sandbox/faults").then().body("faults[0].remaining", equalTo(3));
		as(owner).get("/v2/locations").then().statusCode(500);
	}

	@Test
	void racingCallsConsumeAFaultExactlyTimesTimes() throws Exception {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"path\": \"/v2/locations\", \"status\": 500, \"times\": 5}").post("/v2/sandbox/faults")
			.then().statusCode(201);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				calls.add(() -> as(account).get("/v2/locations").then().extract().statusCode());
			}
			int failed = 0;
			int ok = 0;
			for (Future<Integer> result : pool.invokeAll(calls)) {
				int status = result.get();
				failed += (status == 500) ? 1 : 0;
				ok += (status == 200) ? 1 : 0;
			}
			assertThat(failed).isEqualTo(5);
			assertThat(ok).isEqualTo(19);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void expect(TestAccounts.TestAccount account, String body, String code, String field) {
		as(account).body(body)
			.post("/v2/sandbox/faults")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo(code))
			.body("errors[0].field", field == null ? nullValue() : equalTo(field));
	}

}
