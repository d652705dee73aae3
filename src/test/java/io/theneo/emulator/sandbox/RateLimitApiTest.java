package io.theneo.emulator.sandbox;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

class RateLimitApiTest extends ApiTest {

	@Test
	void offByDefault() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).get("/v2/sandbox/rate-limit").then().statusCode(200).body(equalTo("{}"));
		for (int i = 0; i < 20; i++) {
			as(account).get("/v2/locations").then().statusCode(200);
		}
	}

	@Test
	void overItsOwnLimitAnAccountGets429WithRetryAfter() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"requests_per_second\": 1, \"burst\": 2}")
			.post("/v2/sandbox/rate-limit")
			.then()
			.statusCode(200)
			.body("rate_limit.requests_per_second", equalTo(1))
			.body("rate_limit.burst", equalTo(2))
			.body("rate_limit.source", equalTo("ACCOUNT"));
		Response limited = null;
		for (int i = 0; i < 10 && limited == null; i++) {
			Response response = as(account).get("/v2/locations");
			if (response.statusCode() == 429) {
				limited = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(200);
			}
		}
		assertThat(limited).as("a 429 within 10 quick calls at 1/s with a burst of 2").isNotNull();
		limited.then()
			.body("errors[0].code", equalTo("RATE_LIMITED"))
			.body("errors[0].category", equalTo("RATE_LIMIT_ERROR"))
			.body("errors[0].type", equalTo("rate_limit_error"));
		assertThat(Long.parseLong(limited.header("Retry-After"))).isGreaterThanOrEqualTo(1);
		// the 429 is journaled, test support is never limited, and lifting the limit restores service at once
		as(account).queryParam("status", 429).get("/v2/sandbox/requests").then().statusCode(200)
			.body("requests", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
		as(account).delete("/v2/sandbox/rate-limit").then().statusCode(200).body(equalTo("{}"));
		for (int i = 0; i < 5; i++) {
			as(account).get("/v2/locations").then().statusCode(200);
		}
	}

	@Test
	void oneAccountsLimitLeavesOthersAlone() {
		TestAccounts.TestAccount limited = freshAccount();
		TestAccounts.TestAccount other = freshAccount();
		as(limited).body("{\"requests_per_second\": 1}").post("/v2/sandbox/rate-limit").then().statusCode(200)
			.body("rate_limit.burst", equalTo(1));
		for (int i = 0; i < 5; i++) {
			as(other).get("/v2/locations").then().statusCode(200);
		}
		as(other).get("/v2/sandbox/rate-limit").then().body(equalTo("{}"));
	}

	@Test
	void aResetLiftsTheAccountsLimit() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"requests_per_second\": 1}").post("/v2/sandbox/rate-limit").then().statusCode(200);
		as(account).post("/v2/sandbox/reset").then().statusCode(200);
		as(account).get("/v2/sandbox/rate-limit").then().body(equalTo("{}"));
	}

	@Test
	void rejectsBadLimits() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"burst\": 2}").post("/v2/sandbox/rate-limit").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("requests_per_second"));
		as(account).body("{\"requests_per_second\": 0, \"burst\": 10001}").post("/v2/sandbox/rate-limit").then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"))
			.body("errors[1].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[1].field", equalTo("burst"));
		as(account).body("{\"requests_per_second\": 1.5}").post("/v2/sandbox/rate-limit").then().statusCode(400)
			.body("errors[0].field", equalTo("requests_per_second"));
		as(account).post("/v2/sandbox/rate-limit").then().statusCode(400)
			.body("errors[0].code", equalTo("EXPECTED_JSON_BODY"));
		as(account).get("/v2/sandbox/rate-limit").then().body(equalTo("{}"));
	}

}
